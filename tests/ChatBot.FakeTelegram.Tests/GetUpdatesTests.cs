using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace ChatBot.FakeTelegram.Tests;

public sealed class GetUpdatesTests : FakeApiTestBase
{
    [Fact]
    public async Task Long_poll_returns_promptly_when_an_update_is_enqueued()
    {
        var user = Fake.CreateUser("Alice");
        var poll = Bot.GetUpdates(timeout: 50);
        await Fake.WaitForPollAsync(Patience);

        var updateId = Fake.EnqueueMessage(user.Id, user.Id, "hello");
        var updates = await poll.WaitAsync(Patience);

        var update = Assert.Single(updates);
        Assert.Equal(updateId, update.Id);
        Assert.Equal("hello", update.Message!.Text);
        Assert.Equal(user.Id, update.Message.From!.Id);
        Assert.False(Fake.IsPollActive);
    }

    [Fact]
    public async Task Queued_update_is_returned_at_once()
    {
        var user = Fake.CreateUser();
        Fake.EnqueueMessage(user.Id, user.Id, "already here");

        var updates = await Bot.GetUpdates(timeout: 50).WaitAsync(Patience);

        Assert.Equal("already here", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task Long_poll_returns_empty_after_its_timeout()
    {
        var clock = Stopwatch.StartNew();

        var updates = await Bot.GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"returned after {clock.Elapsed}");
        Assert.False(Fake.IsPollActive);
    }

    [Fact]
    public async Task Unconfirmed_updates_are_delivered_again_until_an_offset_confirms_them()
    {
        var user = Fake.CreateUser();
        var first = Fake.EnqueueMessage(user.Id, user.Id, "one");
        var second = Fake.EnqueueMessage(user.Id, user.Id, "two");

        var delivered = await Bot.GetUpdates();
        var redelivered = await Bot.GetUpdates();
        var afterFirstConfirmed = await Bot.GetUpdates(offset: (int)first + 1);
        var pendingAfterFirst = Fake.PendingUpdateCount;
        var afterBoth = await Bot.GetUpdates(offset: (int)second + 1);

        Assert.Equal([first, second], delivered.Select(u => (long)u.Id));
        Assert.Equal([first, second], redelivered.Select(u => (long)u.Id));
        Assert.Equal([second], afterFirstConfirmed.Select(u => (long)u.Id));
        Assert.Equal(1, pendingAfterFirst);
        Assert.Empty(afterBoth);
        Assert.Equal(0, Fake.PendingUpdateCount);
        Assert.Null(Fake.UpdateDeliveries(second));
    }

    [Fact]
    public async Task Limit_caps_the_batch()
    {
        var user = Fake.CreateUser();
        for (var i = 0; i < 5; i++)
        {
            Fake.EnqueueMessage(user.Id, user.Id, $"m{i}");
        }

        var updates = await Bot.GetUpdates(limit: 2);

        Assert.Equal(["m0", "m1"], updates.Select(u => u.Message!.Text));
        Assert.Equal(5, Fake.PendingUpdateCount);
    }

    [Fact]
    public async Task Second_poller_gets_409_conflict_and_the_first_keeps_polling()
    {
        var user = Fake.CreateUser();
        var first = Bot.GetUpdates(timeout: 50);
        await Fake.WaitForPollAsync(Patience);

        var second = NewClient().GetUpdates(timeout: 50);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(Patience));
        await Fake.WaitForPollAsync(Patience);
        Fake.EnqueueMessage(user.Id, user.Id, "to the survivor");
        var updates = await second.WaitAsync(Patience);

        Assert.Equal(409, ex.ErrorCode);
        Assert.Equal("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", ex.Message);
        Assert.Equal("to the survivor", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task GetUpdates_while_a_webhook_is_set_gets_409()
    {
        await Bot.SetWebhook("https://bot.example/hook");
        var info = await Bot.GetWebhookInfo();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetUpdates());
        await Bot.DeleteWebhook();
        var afterDelete = await Bot.GetUpdates();

        Assert.Equal("https://bot.example/hook", info.Url);
        Assert.Equal(409, ex.ErrorCode);
        Assert.Equal("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", ex.Message);
        Assert.Empty(afterDelete);
        Assert.Equal("", Fake.WebhookUrl);
    }

    [Fact]
    public async Task Setting_a_webhook_ends_a_pending_poll_with_409()
    {
        var poll = Bot.GetUpdates(timeout: 50);
        await Fake.WaitForPollAsync(Patience);

        await NewClient().SetWebhook("https://bot.example/hook");
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => poll.WaitAsync(Patience));

        Assert.Equal(409, ex.ErrorCode);
    }

    [Fact]
    public async Task Webhook_must_be_https()
    {
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SetWebhook("http://bot.example/hook"));

        Assert.Equal("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", ex.Message);
    }

    [Fact]
    public async Task Delete_webhook_can_drop_pending_updates()
    {
        var user = Fake.CreateUser();
        Fake.EnqueueMessage(user.Id, user.Id, "stale");

        await Bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Equal(0, Fake.PendingUpdateCount);
        Assert.Empty(await Bot.GetUpdates());
    }

    [Fact]
    public async Task Allowed_updates_filter_update_types_and_persist()
    {
        var user = Fake.CreateUser();
        Fake.EnqueueInlineQuery(user.Id, "ignored");
        Fake.EnqueueMessage(user.Id, user.Id, "kept");

        var updates = await Bot.GetUpdates(allowedUpdates: [UpdateType.Message]);
        Fake.EnqueueInlineQuery(user.Id, "still ignored");
        var later = await Bot.GetUpdates(offset: updates[^1].Id + 1);

        Assert.Equal(UpdateType.Message, Assert.Single(updates).Type);
        Assert.Empty(later);
    }

    [Fact]
    public async Task Cancelled_poll_frees_the_slot()
    {
        using var cts = new CancellationTokenSource();
        var poll = Bot.GetUpdates(timeout: 50, cancellationToken: cts.Token);
        await Fake.WaitForPollAsync(Patience);

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
        await Fake.WaitForAsync(() => !Fake.IsPollActive, Patience, "the cancelled poll to end");
        // The slot is freed before the request is recorded (both happen as the server notices the disconnect).
        await Fake.WaitForAsync(() => Fake.Requests.Any(r => r.Outcome == RequestOutcome.ClientDisconnected), Patience,
            "the disconnected poll to be recorded");

        Assert.Contains(Fake.Requests, r => r.Outcome == RequestOutcome.ClientDisconnected);
    }

    [Fact]
    public async Task Group_message_carries_command_entity_and_reply_to_the_bot_message()
    {
        var group = Fake.CreateGroup("Team");
        var bob = Fake.CreateUser("Bob", "bob_smith");
        var alert = await Bot.SendMessage(group.Id, "Alert!");

        Fake.EnqueueMessage(group.Id, bob.Id, "/status@test_chat_bot please @test_chat_bot", replyToMessageId: alert.Id);
        var message = Assert.Single(await Bot.GetUpdates()).Message!;

        Assert.Equal(ChatType.Supergroup, message.Chat.Type);
        Assert.Equal(group.Id, message.Chat.Id);
        Assert.Equal("bob_smith", message.From!.Username);
        Assert.Contains(message.Entities!, e => e.Type == MessageEntityType.BotCommand && e.Offset == 0 && e.Length == "/status@test_chat_bot".Length);
        Assert.Contains(message.Entities!, e => e.Type == MessageEntityType.Mention && e.Offset == 29 && e.Length == 14);
        Assert.Equal(alert.Id, message.ReplyToMessage!.Id);
        Assert.True(message.ReplyToMessage.From!.IsBot);
    }

    [Fact]
    public async Task Media_messages_arrive_with_their_attachments()
    {
        var user = Fake.CreateUser();
        Fake.EnqueueSticker(user.Id, user.Id, "🎉");
        Fake.EnqueuePhoto(user.Id, user.Id, [1, 2, 3], caption: "look");
        Fake.EnqueueVoice(user.Id, user.Id, [4, 5], durationSeconds: 3);

        var messages = (await Bot.GetUpdates()).Select(u => u.Message!).ToArray();

        Assert.Equal("🎉", messages[0].Sticker!.Emoji);
        Assert.Equal(3, messages[1].Photo!.Single().FileSize);
        Assert.Equal("look", messages[1].Caption);
        Assert.Equal(3, messages[2].Voice!.Duration);
    }
}
