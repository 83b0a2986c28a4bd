using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests;

/// <summary>
/// A crash leaves the outbox as it was at the last commit. These tests build that state directly and start a
/// dispatcher on it, as a restart would.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task After_a_crash_sent_rows_stay_sent_and_a_row_left_sending_is_sent_again_once()
    {
        await using var h = new DispatcherHarness();
        await h.SubscribeAsync([1, 2, 3, 4, 5]);
        var alert = await h.BroadcastAsync();
        // The crashed process had delivered to chats 1 and 2, and was mid-send to chat 3.
        h.Db.Execute("UPDATE deliveries SET state = 'sent', attempts = 1 WHERE chat_id IN (1, 2)");
        h.Db.Execute("UPDATE deliveries SET state = 'sending', attempts = 1 WHERE chat_id = 3");
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "the broadcast to finish");

        Assert.Equal([3L, 4L, 5L], h.Sender.Calls.Select(c => c.ChatId).Order());
        var resent = (await h.Outbox.GetDeliveriesAsync(alert)).Single(d => d.ChatId == 3);
        Assert.Equal(DeliveryState.Sent, resent.State);
        Assert.Equal(2, resent.Attempts);
        Assert.Contains("interrupted", resent.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_interrupted_on_every_attempt_fails_instead_of_crashing_the_bot_forever()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { MaxAttempts = 3 });
        await h.SubscribeAsync([1]);
        var alert = await h.BroadcastAsync();
        h.Db.Execute("UPDATE deliveries SET state = 'sending', attempts = 3");
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "recovery");

        Assert.Empty(h.Sender.Calls);
        Assert.Equal(DeliveryState.Failed, Assert.Single(await h.Outbox.GetDeliveriesAsync(alert)).State);
    }

    [Fact]
    public async Task A_delivery_can_be_claimed_once_and_marked_sent_only_from_sending()
    {
        await using var h = new DispatcherHarness();
        var (alert, id) = await h.OneQueuedDeliveryAsync();

        var lease = h.Time.GetUtcNow().AddMinutes(5);

        Assert.True(await h.Outbox.TryClaimAsync(id, lease));
        Assert.False(await h.Outbox.TryClaimAsync(id, lease));
        await h.Outbox.MarkSentAsync(id, lease, 42, h.Time.GetUtcNow());
        await h.Outbox.ReleaseAsync(id, lease, h.Time.GetUtcNow(), "late answer of a duplicate", countAttempt: true);
        Assert.False(await h.Outbox.TryClaimAsync(id, lease));

        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal(1, delivery.Attempts);
        Assert.Empty(await h.Outbox.GetDueAsync(h.Time.GetUtcNow().AddHours(1), 10));
    }

    [Fact]
    public async Task Stopping_the_dispatcher_mid_broadcast_and_starting_another_delivers_each_chat_once()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { GlobalMessagesPerSecond = 10 });
        await h.SubscribeAsync(Enumerable.Range(1, 30).Select(i => (long)i));
        var alert = await h.BroadcastAsync();
        await h.StartAsync();
        await h.RunUntilAsync(() => h.Sender.Delivered.Count >= 10, "a third of the broadcast");
        await h.DisposeDispatcherAsync();

        var midway = h.Sender.Delivered.Count;
        Assert.InRange(midway, 10, 29);
        await h.StartAsync();
        await h.RunUntilAsync(h.AllSettled(), "the rest of the broadcast");

        Assert.Equal(30, h.Sender.Delivered.Count);
        Assert.Equal(30, h.Sender.Delivered.Select(c => c.ChatId).Distinct().Count());
        Assert.All(await h.Outbox.GetDeliveriesAsync(alert), d => Assert.Equal(DeliveryState.Sent, d.State));
    }
}
