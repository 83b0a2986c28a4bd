using System.Text.Json;
using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>"@bot question" shows a Ukrainian or Russian user the curated translation, or the English one under a note.</summary>
public sealed class InlineLanguageTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_inline_query_from_a_Ukrainian_user_shows_the_curated_Ukrainian_question_and_answer()
    {
        var user = Fake.CreateUser("Оксана", languageCode: "uk");

        var results = await InlineAsync(user.Id, "ceasefire talks");

        var agenda = results.Single(r => r.GetProperty("id").GetString() == "talks-agenda");
        Assert.Equal("Про що будуть переговори під час візиту американців?", agenda.GetProperty("title").GetString());
        Assert.Contains("Український посадовець сказав CBS", agenda.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Востаннє перевірено", Text(agenda), StringComparison.Ordinal);
        Assert.DoesNotContain("Відповідь англійською", Text(agenda), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_answer_with_no_Ukrainian_translation_is_shown_in_English_under_the_same_note_as_in_a_private_chat()
    {
        await _bot.AskAsync(Admin, Admin, """
            /addfact
            Q: Which army official came to Kyiv with the Pentagon team?
            A: US Army Secretary Dan Driscoll heads the Pentagon team in Kyiv.
            Quote: Heading the delegation is US Army Secretary Dan Driscoll
            Source: bbc-pentagon-kyiv
            Notify: no
            """);
        var user = Fake.CreateUser("Оксана", languageCode: "uk");

        var results = await InlineAsync(user.Id, "Which army official came to Kyiv with the Pentagon team?");

        var added = results.Single(r => r.GetProperty("title").GetString() == "Which army official came to Kyiv with the Pentagon team?");
        Assert.StartsWith("<i>Відповідь англійською", Text(added), StringComparison.Ordinal);
        Assert.Contains("US Army Secretary Dan Driscoll heads the Pentagon team in Kyiv.", Text(added), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> InlineAsync(long userId, string query)
    {
        var sent = Fake.EnqueueInlineQuery(userId, query);
        var answer = await Fake.WaitForRequestAsync("answerInlineQuery", BotHarness.Patience, r => r.Param("inline_query_id") == sent.QueryId);
        return [.. answer.ParamAsJson("results")!.Value.EnumerateArray()];
    }

    private static string Text(JsonElement result) =>
        result.GetProperty("input_message_content").GetProperty("message_text").GetString()!;
}
