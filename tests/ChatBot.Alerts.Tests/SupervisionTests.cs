using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace ChatBot.Alerts.Tests;

/// <summary>Every send the dispatcher starts is observed: failures are logged and counted, and shutdown waits for them.</summary>
public sealed class SupervisionTests
{
    [Fact]
    public async Task A_send_that_fails_unexpectedly_is_logged_and_counted_as_a_failed_attempt_until_max_attempts()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { MaxAttempts = 2, RetryBaseDelay = TimeSpan.FromSeconds(1) });
        await h.SubscribeAsync([5]);
        var alert = await h.BroadcastAsync("Secret announcement text");
        // An adapter bug: no result at all. Recording the outcome then throws inside the send task.
        var broken = Substitute.For<IAlertSender>();
        broken.SendAsync(default, default!, default, default).ReturnsForAnyArgs(Task.FromResult<SendResult>(null!));
        await h.StartAsync(broken);

        await h.RunUntilAsync(h.AllSettled(), "the delivery settled");

        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.Equal(2, delivery.Attempts);
        Assert.StartsWith("gave up after 2 attempts: unexpected failure: NullReferenceException", delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(2, broken.ReceivedCalls().Count());
        var errors = h.Logger.At(LogLevel.Error);
        Assert.Equal(2, errors.Count(e => e.Contains($"delivery {delivery.Id} failed unexpectedly", StringComparison.Ordinal)));
        Assert.DoesNotContain("Secret announcement text", h.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_waits_for_a_send_in_flight_and_records_its_outcome()
    {
        await using var h = new DispatcherHarness();
        await h.SubscribeAsync([5]);
        var alert = await h.BroadcastAsync();
        var gated = new GatedSender();
        await h.StartAsync(gated);
        await h.RunUntilAsync(() => gated.Entered, "the send to start");

        var stop = h.Dispatcher!.StopAsync(CancellationToken.None);
        // The clock stands still, so ShutdownGrace cannot run out: only the send finishing can let the stop through.
        var early = await Task.WhenAny(stop, Task.Delay(TimeSpan.FromMilliseconds(300)));
        gated.Open(SendResult.Sent(77));
        await stop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotSame(stop, early);
        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Sent, delivery.State);
    }

    [Fact]
    public async Task Stopping_gives_a_send_that_never_finishes_a_bounded_wait_and_leaves_it_sending()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { ShutdownGrace = TimeSpan.FromSeconds(5) });
        await h.SubscribeAsync([5]);
        var alert = await h.BroadcastAsync();
        var hung = new GatedSender(ignoreCancellation: true);
        await h.StartAsync(hung);
        await h.RunUntilAsync(() => hung.Entered, "the send to start");
        var stoppingAt = h.Time.GetUtcNow();

        await h.RunUntilCompletedAsync(h.Dispatcher!.StopAsync(CancellationToken.None), "the stop");

        // ShutdownGrace, then 5 s for outcomes to be written after the cancellation.
        Assert.Equal(TimeSpan.FromSeconds(10), h.Time.GetUtcNow() - stoppingAt);
        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Sending, delivery.State);
        Assert.Contains(h.Logger.At(LogLevel.Warning), w => w.Contains($"deliveries {delivery.Id} stay 'sending'", StringComparison.Ordinal));
        hung.Open(SendResult.Transient("answered after all"));
    }
}
