namespace ChatBot.Tests.EndToEnd;

public sealed class FactCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_4090_character_fact_id_gets_one_short_reply_that_echoes_at_most_a_prefix()
    {
        var user = _bot.Fake.CreateUser("Mallory");

        var reply = await _bot.AskAsync(user.Id, user.Id, "/fact " + new string('x', 4090));
        // Replies in one chat go out in order, so once this is answered every part of the first reply has been sent.
        await _bot.AskAsync(user.Id, user.Id, "/fact ternopil-strike");

        Assert.Contains("is not a fact id", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Text!.Length < 300, reply.Text);
        Assert.Equal(2, _bot.Fake.SentMessageCount(user.Id));
    }
}
