using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>A retracted fact is named as such by /fact, and a /start link to an unknown fact says it was not found.</summary>
public sealed class RetractedAndUnknownLinkTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("en", "was retracted by the curators on")]
    [InlineData("uk", "куратори відкликали")]
    [InlineData("ru", "кураторы отозвали")]
    public async Task Fact_of_a_retracted_fact_says_it_was_retracted_in_the_users_language(string language, string expected)
    {
        await _bot.AskAsync(Admin, Admin, "/delfact ternopil-strike");
        var user = Fake.CreateUser("Lin", languageCode: language);

        var reply = await _bot.AskAsync(user.Id, user.Id, "/fact ternopil-strike");

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ternopil-strike", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "I couldn't find the fact this link points to")]
    [InlineData("uk", "Я не знайшов факт, на який вказує це посилання")]
    [InlineData("ru", "Я не нашёл факт, на который указывает эта ссылка")]
    public async Task A_start_link_to_an_unknown_fact_says_the_fact_was_not_found(string language, string expected)
    {
        var user = Fake.CreateUser("Link", languageCode: language);

        var reply = await _bot.AskAsync(user.Id, user.Id, "/start f_nope<b>");

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reply.Text, StringComparison.Ordinal);
    }
}
