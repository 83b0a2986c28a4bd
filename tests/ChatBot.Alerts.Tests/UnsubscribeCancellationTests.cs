using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.Telegram.Commands.Alerts;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Alerts.Tests;

/// <summary>After /unsubscribe, alerts queued before it are not delivered: cancelled with it, or at the latest at their claim.</summary>
public sealed class UnsubscribeCancellationTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Unsubscribing_cancels_the_chats_queued_alerts_and_alerts_counts_them_as_cancelled()
    {
        await using var h = new DispatcherHarness();
        await h.SubscribeAsync([1, 2]);
        var first = await h.BroadcastAsync("one");
        var second = await h.BroadcastAsync("two");

        var reply = await new UnsubscribeUseCase(h.Subscriptions).ExecuteAsync(1, null);
        await h.StartAsync();
        await h.RunUntilAsync(h.AllSettled(), "both broadcasts settled");

        Assert.Equal("Unsubscribed: no more alerts. /subscribe starts them again.", reply);
        Assert.DoesNotContain(h.Sender.Calls, c => c.ChatId == 1);
        Assert.Equal(2, h.Sender.Delivered.Count(c => c.ChatId == 2));
        foreach (var alert in new[] { first, second })
        {
            var mine = (await h.Outbox.GetDeliveriesAsync(alert)).Single(d => d.ChatId == 1);
            Assert.Equal(DeliveryState.Cancelled, mine.State);
            Assert.Equal(0, mine.Attempts);
        }
        var report = AlertsCommand.Render(CuratorTexts.English, await new AlertsReportUseCase(h.Outbox).GetAsync());
        Assert.Contains($"#{second} broadcast by tg:1 Admin", report, StringComparison.Ordinal);
        Assert.Contains("1 sent, 0 queued, 0 failed, 0 blocked, 1 cancelled (of 2)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dropping_one_topic_cancels_only_the_queued_alerts_no_remaining_topic_covers()
    {
        using var db = new TempDatabase();
        db.Subscribe([1], "casualties", "delegation");
        db.Subscribe([2], "casualties");
        var casualties = TempDatabase.NewFact("toll", "At least 40.", "Casualties");
        var both = TempDatabase.NewFact("envoy-toll", "Two envoys.", "casualties", "Delegation");
        db.SeedFact(casualties);
        db.SeedFact(both);
        var onlyCasualties = db.ChangeFact(casualties, casualties with { Answer = "At least 42.", Version = 2 }, At)!.Value;
        var coveredByBoth = db.ChangeFact(both, both with { Answer = "Three envoys.", Version = 2 }, At)!.Value;
        var outbox = new Storage.Alerts.SqliteAlertOutbox(db.Database, TimeProvider.System);
        var broadcast = (await outbox.EnqueueBroadcastAsync("To everyone", "admin")).AlertId;
        var store = new Storage.Alerts.SqliteSubscriptionStore(db.Database, TimeProvider.System);

        var dropped = await store.UnsubscribeAsync(1, ["casualties"]);

        Assert.Equal(1, dropped.Cancelled);
        Assert.Equal(DeliveryState.Cancelled, await StateAsync(outbox, onlyCasualties, 1));
        Assert.Equal(DeliveryState.Queued, await StateAsync(outbox, coveredByBoth, 1));
        Assert.Equal(DeliveryState.Queued, await StateAsync(outbox, broadcast, 1));
        Assert.Equal(DeliveryState.Queued, await StateAsync(outbox, onlyCasualties, 2));

        var rest = await store.UnsubscribeAsync(1, ["delegation"]);

        Assert.Equal(2, rest.Cancelled);
        Assert.Equal(DeliveryState.Cancelled, await StateAsync(outbox, coveredByBoth, 1));
        Assert.Equal(DeliveryState.Cancelled, await StateAsync(outbox, broadcast, 1));
        Assert.Equal(3, db.Count("SELECT COUNT(*) FROM deliveries WHERE chat_id = 2 AND state = 'queued'"));
    }

    [Fact]
    public async Task A_delivery_that_was_in_flight_during_the_unsubscribe_and_came_back_is_cancelled_at_its_claim()
    {
        await using var h = new DispatcherHarness();
        var (alert, id) = await h.OneQueuedDeliveryAsync();
        var lease = h.Time.GetUtcNow().AddMinutes(5);
        Assert.True(await h.Outbox.TryClaimAsync(id, lease));

        var change = await h.Subscriptions.UnsubscribeAsync(1, []);
        // The send failed transiently; the row goes back to the queue after the unsubscribe committed.
        await h.Outbox.ReleaseAsync(id, lease, h.Time.GetUtcNow(), "502 Bad Gateway", countAttempt: true);
        await h.StartAsync();
        await h.RunUntilAsync(h.AllSettled(), "the delivery settled");

        Assert.Equal(0, change.Cancelled);
        Assert.Empty(h.Sender.Calls);
        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Cancelled, delivery.State);
        Assert.Equal(1, delivery.Attempts);
        Assert.Contains("no longer follows", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_that_resubscribes_does_not_get_the_alerts_cancelled_by_its_unsubscribe()
    {
        await using var h = new DispatcherHarness();
        await h.SubscribeAsync([1]);
        var alert = await h.BroadcastAsync();

        await h.Subscriptions.UnsubscribeAsync(1, []);
        await h.Subscriptions.SubscribeAsync(1, []);
        await h.StartAsync();
        await h.RunUntilAsync(h.AllSettled(), "the delivery settled");

        Assert.Empty(h.Sender.Calls);
        Assert.Equal(DeliveryState.Cancelled, Assert.Single(await h.Outbox.GetDeliveriesAsync(alert)).State);
    }

    private static async Task<DeliveryState> StateAsync(Storage.Alerts.SqliteAlertOutbox outbox, long alertId, long chatId) =>
        (await outbox.GetDeliveriesAsync(alertId)).Single(d => d.ChatId == chatId).State;
}
