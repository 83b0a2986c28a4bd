using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using Microsoft.Extensions.Logging;

namespace ChatBot.Alerts.Tests;

/// <summary>A delivery left 'sending' without an outcome is requeued by the running dispatcher when its lease expires.</summary>
public sealed class SendingLeaseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_sent_message_that_could_not_be_marked_sent_is_resent_once_its_lease_expires_and_not_before()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { SendingLease = Lease });
        await h.SubscribeAsync([1, 2]);
        var alert = await h.BroadcastAsync();
        var outbox = new FlakyOutbox(h.Outbox) { FailMarkSent = 1 };
        await h.StartAsync(outbox: outbox);

        await h.RunUntilAsync(h.AllSettled(), "both deliveries settled");

        var toFirst = h.Sender.Calls.Where(c => c.ChatId == 1).Select(c => c.At).ToList();
        Assert.Equal(2, toFirst.Count);
        Assert.InRange(toFirst[1] - toFirst[0], Lease, Lease + new AlertsOptions().PollInterval);
        Assert.Single(h.Sender.Calls, c => c.ChatId == 2);
        var delivery = (await h.Outbox.GetDeliveriesAsync(alert)).Single(d => d.ChatId == 1);
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal(2, delivery.Attempts);
        Assert.Contains("lease", delivery.LastError, StringComparison.Ordinal);
        Assert.Contains(h.Logger.At(LogLevel.Error), e => e.Contains($"delivery {delivery.Id} could not be marked sent", StringComparison.Ordinal));
        Assert.Contains(h.Logger.At(LogLevel.Warning), w => w.StartsWith("1 alert deliveries got no recorded outcome", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lease_that_expires_on_the_last_allowed_attempt_fails_the_delivery_instead_of_resending()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { SendingLease = Lease, MaxAttempts = 1 });
        await h.SubscribeAsync([1]);
        var alert = await h.BroadcastAsync();
        await h.StartAsync(outbox: new FlakyOutbox(h.Outbox) { FailMarkSent = 1 });

        await h.RunUntilAsync(h.AllSettled(), "the delivery settled");

        Assert.Single(h.Sender.Calls);
        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.Contains("lease on every attempt", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_late_answer_of_an_expired_claim_does_not_change_the_claim_that_replaced_it()
    {
        await using var h = new DispatcherHarness();
        var (alert, id) = await h.OneQueuedDeliveryAsync();
        var first = h.Time.GetUtcNow() + Lease;
        Assert.True(await h.Outbox.TryClaimAsync(id, first));
        Assert.Equal(0, await h.Outbox.RequeueExpiredAsync(first - TimeSpan.FromMilliseconds(1), maxAttempts: 5));
        h.Time.Advance(Lease);
        Assert.Equal(1, await h.Outbox.RequeueExpiredAsync(h.Time.GetUtcNow(), maxAttempts: 5));
        var second = h.Time.GetUtcNow() + Lease;
        Assert.True(await h.Outbox.TryClaimAsync(id, second));

        await h.Outbox.ReleaseAsync(id, first, h.Time.GetUtcNow(), "late 502 of the first claim", countAttempt: true);
        await h.Outbox.MarkFailedAsync(id, first, "late 400 of the first claim");
        var stillSending = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        await h.Outbox.MarkSentAsync(id, second, 42, h.Time.GetUtcNow());

        Assert.Equal(DeliveryState.Sending, stillSending.State);
        Assert.Equal(2, stillSending.Attempts);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await h.Outbox.GetDeliveriesAsync(alert)).State);
    }

    [Fact]
    public void A_lease_shorter_than_twice_the_send_timeout_is_refused_at_start()
    {
        var validator = new AlertsOptionsValidator();

        var tooShort = validator.Validate(null, new AlertsOptions { SendTimeout = TimeSpan.FromSeconds(30), SendingLease = TimeSpan.FromSeconds(59) });
        var enough = validator.Validate(null, new AlertsOptions { SendTimeout = TimeSpan.FromSeconds(30), SendingLease = TimeSpan.FromSeconds(60) });

        Assert.True(tooShort.Failed);
        Assert.Contains("Alerts:SendingLease", tooShort.FailureMessage, StringComparison.Ordinal);
        Assert.True(enough.Succeeded);
        Assert.True(validator.Validate(null, new AlertsOptions()).Succeeded);
    }
}
