using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>/help names every language the bot understands, in each interface language.</summary>
public sealed class HelpLanguageTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("en", "in English, Ukrainian, Russian, German or French")]
    [InlineData("uk", "українською, російською, англійською, німецькою чи французькою")]
    [InlineData("ru", "по-русски, по-украински, по-английски, по-немецки или по-французски")]
    public async Task Help_names_the_five_languages_the_bot_understands(string language, string expected)
    {
        var user = Fake.CreateUser("Help", languageCode: language);

        var reply = await _bot.AskAsync(user.Id, user.Id, "/help");

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }
}
