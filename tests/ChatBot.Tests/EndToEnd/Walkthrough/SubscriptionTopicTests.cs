using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>/subscribe and /unsubscribe name an unknown topic as it was typed, and say each list once.</summary>
public sealed class SubscriptionTopicTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_unknown_topic_is_reported_as_the_user_typed_it_escaped()
    {
        var user = Fake.CreateUser("Sub");

        var reply = await _bot.AskAsync(user.Id, user.Id, "/subscribe <b>x</b>&y");

        Assert.StartsWith("Unknown topic: <b>x</b>&y. Topics: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;&amp;y", Fake.RequestsFor("sendMessage")[^1].Param("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribing_from_an_unknown_topic_while_subscribed_to_all_names_the_unknown_topic()
    {
        var user = Fake.CreateUser("Sub");
        await _bot.AskAsync(user.Id, user.Id, "/subscribe");

        var reply = await _bot.AskAsync(user.Id, user.Id, "/unsubscribe nonsense");

        Assert.StartsWith("Unknown topic: nonsense. Topics: ", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Subscribed to: delegation.")]
    [InlineData("uk", "Ви підписалися на: delegation.")]
    [InlineData("ru", "Вы подписались на: delegation.")]
    public async Task Subscribing_to_a_first_topic_names_it_once(string language, string expected)
    {
        var user = Fake.CreateUser("Sub", languageCode: language);

        var reply = await _bot.AskAsync(user.Id, user.Id, "/subscribe delegation");

        Assert.Equal(expected, reply.Text);
    }
}
