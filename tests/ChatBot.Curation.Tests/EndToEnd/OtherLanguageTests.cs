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
}
