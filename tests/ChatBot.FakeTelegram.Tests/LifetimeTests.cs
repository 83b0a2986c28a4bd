using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.FakeTelegram.Tests;

public sealed class LifetimeTests : FakeApiTestBase
{
    [Fact]
    public async Task Dispose_answers_a_pending_long_poll_at_once()
    {
        var poll = Bot.GetUpdates(timeout: 50);
        await Fake.WaitForPollAsync(Patience);

        await Fake.DisposeAsync();
        var updates = await poll.WaitAsync(Patience);

        Assert.Empty(updates);
    }

    [Fact]
    public async Task Dispose_cuts_a_scripted_delay_short()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.SlowResponse(TimeSpan.FromMinutes(5)));
        var send = Bot.SendMessage(chat.Id, "slow");
        await Fake.WaitForMessagesAsync(chat.Id, 1, Patience);
        var clock = Stopwatch.StartNew();

        await Fake.DisposeAsync();
        await Assert.ThrowsAsync<RequestException>(() => send.WaitAsync(Patience));

        // Kestrel's own shutdown grace is 5 s; getting under it shows the delay was cancelled, not waited out.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"dispose took {clock.Elapsed}");
    }

    [Fact]
    public async Task Delay_before_processing_holds_the_request_back()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.DelayBeforeProcessing(TimeSpan.FromMilliseconds(300)));
        var clock = Stopwatch.StartNew();

        await Bot.SendMessage(chat.Id, "late");

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {clock.Elapsed}");
        Assert.Single(Fake.SentMessages(chat.Id));
    }

    [Fact]
    public async Task Each_token_speaks_for_its_own_bot()
    {
        var chat = Fake.CreatePrivateChat();
        var other = NewClient(token: "777:OTHER");

        await Bot.SendMessage(chat.Id, "from the first bot");
        var fromOther = await other.SendMessage(chat.Id, "from the second bot");

        Assert.Equal(123456, Fake.Bot.Id);
        Assert.Equal(777, fromOther.From!.Id);
        Assert.Equal(["123456:TEST", "777:OTHER"], Fake.TokensUsed.Order());
        Assert.Equal("777:OTHER", Fake.Requests[^1].Token);
    }
}
