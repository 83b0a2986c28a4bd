using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>A fact a curator adds in English is found by questions in Ukrainian and Russian, with no translation stored.</summary>
public sealed class OtherLanguageTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CuratorBot.StartAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("Скільки пунктів має переглянутий мирний план?", "uk", "Відповідь англійською")]
    [InlineData("Сколько пунктов в пересмотренном мирном плане?", "ru", "Ответ на английском")]
    public async Task A_fact_added_in_english_only_is_found_by_a_paraphrase_in_ukrainian_or_russian(string question, string language, string note)
    {
        Assert.Contains("Source added", (await _bot.AskAsync(Admin, "/addsource\n" + Samples.GenevaSource)).Text, StringComparison.Ordinal);
        Assert.Contains("Fact many-points-revised-peace-framework", (await _bot.AskAsync(Admin, "/addfact\n" + Samples.PointsFact)).Text, StringComparison.Ordinal);
        var user = _bot.Fake.CreateUser(languageCode: language);

        var reply = await _bot.AskAsync(user.Id, question);

        Assert.StartsWith(note, reply.Text, StringComparison.Ordinal);
        Assert.Contains("19 points", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ukrainian_question_a_curator_attached_to_a_fact_is_answered_with_it_when_asked_again()
    {
        const string question = "а що там із тим відрядженням";
        var alias = await _bot.AskAsync(BotHarness.AdminId, "/alias delegation-members " + question);
        Assert.Contains("has a new alternate question", alias.Text, StringComparison.Ordinal);
        var user = _bot.Fake.CreateUser(languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, question);

        Assert.StartsWith("Відповідь англійською", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Randy George", reply.Text, StringComparison.Ordinal);
    }
}
