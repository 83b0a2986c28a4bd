using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>A "/start f_&lt;id&gt;" link opens the fact in the user's language, as a normal answer does.</summary>
public sealed class FactLinkLanguageTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("uk", "Український посадовець сказав CBS", "Востаннє перевірено")]
    [InlineData("ru", "Украинский чиновник сообщил CBS", "Последняя проверка")]
    public async Task A_fact_link_opened_by_a_Ukrainian_or_Russian_user_shows_the_curated_answer_in_their_language(
        string language, string answer, string checkedLabel)
    {
        var user = Fake.CreateUser("Link", languageCode: language);

        var reply = await _bot.AskAsync(user.Id, "/start f_talks-agenda");

        Assert.Contains(answer, reply.Text, StringComparison.Ordinal);
        Assert.Contains(checkedLabel, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A Ukrainian official told CBS", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_link_follows_the_language_the_user_chose_over_telegrams()
    {
        var user = Fake.CreateUser("Link", languageCode: "en");
        await _bot.AskAsync(user.Id, "/language uk");

        var reply = await _bot.AskAsync(user.Id, "/start f_talks-agenda");

        Assert.Contains("Український посадовець сказав CBS", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_link_in_English_still_shows_the_English_answer_with_its_buttons()
    {
        var user = Fake.CreateUser("Link", languageCode: "en");

        var reply = await _bot.AskAsync(user.Id, "/start f_talks-agenda");

        Assert.Contains("A Ukrainian official told CBS", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Buttons);
    }
}
