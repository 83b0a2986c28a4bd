using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.FakeTelegram.Tests;

public sealed class WaitingTests : FakeApiTestBase
{
    [Fact]
    public async Task WaitForMessages_completes_when_the_bot_sends_concurrently()
    {
        var chat = Fake.CreatePrivateChat();
        var waiting = Fake.WaitForMessagesAsync(chat.Id, 2, Patience);

        await Bot.SendMessage(chat.Id, "one");
        await Bot.SendMessage(chat.Id, "two");
        var messages = await waiting;

        Assert.Equal(["one", "two"], messages.Select(m => m.Text));
    }

    [Fact]
    public async Task WaitForMessages_times_out_with_a_description_of_what_was_seen()
    {
        var chat = Fake.CreatePrivateChat();
        await Bot.SendMessage(chat.Id, "only one");

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => Fake.WaitForMessagesAsync(chat.Id, 2, TimeSpan.FromMilliseconds(200)));

        Assert.Contains($"2 bot message(s) in chat {chat.Id}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sendMessage -> 200", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{chat.Id}=1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForNextMessage_returns_the_message_after_those_already_sent()
    {
        var chat = Fake.CreatePrivateChat();
        await Bot.SendMessage(chat.Id, "old");
        var next = Fake.WaitForNextMessageAsync(chat.Id, Patience);

        await Bot.SendMessage(chat.Id, "new");

        Assert.Equal("new", (await next).Text);
    }

    [Fact]
    public async Task WaitForRequest_finds_past_and_future_requests_by_predicate()
    {
        var chat = Fake.CreatePrivateChat();
        await Bot.SendMessage(chat.Id, "first");
        var future = Fake.WaitForRequestAsync("sendMessage", Patience, r => r.Param("text") == "second");

        var past = await Fake.WaitForRequestAsync("sendMessage", Patience);
        await Bot.SendMessage(chat.Id, "second");

        Assert.Equal("first", past.Param("text"));
        Assert.Equal("second", (await future).Param("text"));
    }

    [Fact]
    public async Task Updates_confirmed_wait_ends_when_the_bot_moves_its_offset()
    {
        var user = Fake.CreateUser();
        var updateId = Fake.EnqueueMessage(user.Id, user.Id, "hi");
        var confirmed = Fake.WaitForUpdatesConfirmedAsync(Patience);

        await Bot.GetUpdates(offset: (int)updateId + 1);
        await confirmed;

        Assert.Equal(0, Fake.PendingUpdateCount);
    }

    [Fact]
    public async Task Waiters_see_a_delivery_whose_answer_is_still_delayed()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.SlowResponse(TimeSpan.FromMinutes(5)));
        var clock = Stopwatch.StartNew();

        var send = Bot.SendMessage(chat.Id, "delivered, answer pending");
        await Fake.WaitForMessagesAsync(chat.Id, 1, TimeSpan.FromSeconds(60));

        // Woken by the delivery itself: far sooner than the wait's own deadline, long before the answer.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"waited {clock.Elapsed}");
        Assert.False(send.IsCompleted);
        await Fake.DisposeAsync();
        await Assert.ThrowsAsync<RequestException>(() => send.WaitAsync(Patience));
    }
}
