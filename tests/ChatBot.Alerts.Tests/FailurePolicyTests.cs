using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Commands.Alerts;
using ChatBot.Telegram.Texts.Curation;
using NSubstitute;

namespace ChatBot.Alerts.Tests;

public sealed class FailurePolicyTests
{
    [Fact]
    public async Task A_403_deactivates_the_subscriber_and_closes_its_queued_alerts_until_it_subscribes_again()
    {
        await using var h = new DispatcherHarness();
        await h.SubscribeAsync([1, 2, 3]);
        h.Sender.Always(2, SendResult.Blocked("403 Forbidden: bot was blocked by the user"));
        var first = await h.BroadcastAsync("one");
        var second = await h.BroadcastAsync("two");
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "both broadcasts settled");

        Assert.Single(h.Sender.Calls, c => c.ChatId == 2);
        foreach (var alert in new[] { first, second })
        {
            var deliveries = await h.Outbox.GetDeliveriesAsync(alert);
            Assert.Equal(DeliveryState.Blocked, deliveries.Single(d => d.ChatId == 2).State);
            Assert.All(deliveries.Where(d => d.ChatId != 2), d => Assert.Equal(DeliveryState.Sent, d.State));
        }
        var subscriber = await h.Subscriptions.GetAsync(2);
        Assert.False(subscriber!.Active);
        Assert.Contains("blocked", subscriber.DeactivatedReason, StringComparison.Ordinal);
        Assert.Equal(2, await h.Subscriptions.CountActiveAsync());

        var reply = await new SubscribeUseCase(h.Subscriptions, new KnownTopics(Substitute.For<IFactStore>())).ExecuteAsync(2, null);

        Assert.StartsWith("Welcome back", reply, StringComparison.Ordinal);
        Assert.True((await h.Subscriptions.GetAsync(2))!.Active);
        Assert.Equal(3, (await h.Outbox.EnqueueBroadcastAsync("three", "admin")).Recipients);
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_growing_backoff_and_given_up_after_max_attempts()
    {
        var options = new AlertsOptions { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromSeconds(1), RetryMaxDelay = TimeSpan.FromMinutes(1) };
        await using var h = new DispatcherHarness(options);
        await h.SubscribeAsync([1, 2]);
        h.Sender.Always(1, SendResult.Transient("500 Internal Server Error"));
        h.Sender.Script(2, SendResult.Transient("502 Bad Gateway"), SendResult.Transient("transport: connection reset"));
        var alert = await h.BroadcastAsync();
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "both deliveries settled");

        var deliveries = await h.Outbox.GetDeliveriesAsync(alert);
        var gaveUp = deliveries.Single(d => d.ChatId == 1);
        Assert.Equal(DeliveryState.Failed, gaveUp.State);
        Assert.Equal(3, gaveUp.Attempts);
        Assert.StartsWith("gave up after 3 attempts", gaveUp.LastError, StringComparison.Ordinal);
        var recovered = deliveries.Single(d => d.ChatId == 2);
        Assert.Equal(DeliveryState.Sent, recovered.State);
        Assert.Equal(3, recovered.Attempts);

        var tries = h.Sender.Calls.Where(c => c.ChatId == 1).Select(c => c.At).ToList();
        Assert.Equal(3, tries.Count);
        Assert.True(tries[1] - tries[0] >= TimeSpan.FromSeconds(1));
        Assert.True(tries[2] - tries[1] >= TimeSpan.FromSeconds(2));

        var report = AlertsCommand.Render(CuratorTexts.English, await new AlertsReportUseCase(h.Outbox).GetAsync());
        Assert.Contains("1 sent, 0 queued, 1 failed, 0 blocked, 0 cancelled (of 2)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_Telegram_rejects_fails_at_once_without_retries()
    {
        await using var h = new DispatcherHarness();
        await h.SubscribeAsync([7]);
        h.Sender.Always(7, SendResult.Rejected("400 Bad Request: can't parse entities"));
        var alert = await h.BroadcastAsync();
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "the delivery settled");

        Assert.Single(h.Sender.Calls);
        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.True((await h.Subscriptions.GetAsync(7))!.Active);
    }

    [Fact]
    public async Task A_sender_that_throws_is_treated_as_transient_and_never_as_sent()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { MaxAttempts = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(100) });
        await h.SubscribeAsync([9]);
        var alert = await h.BroadcastAsync();
        var throwing = Substitute.For<IAlertSender>();
        throwing.SendAsync(default, default!, default, default).ReturnsForAnyArgs<Task<SendResult>>(_ => throw new InvalidOperationException("bug"));
        await h.StartAsync(throwing);

        await h.RunUntilAsync(h.AllSettled(), "the delivery settled");

        var delivery = Assert.Single(await h.Outbox.GetDeliveriesAsync(alert));
        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.Contains("InvalidOperationException: bug", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_outbox_query_is_logged_and_retried_instead_of_stopping_the_host()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
        await h.SubscribeAsync([1, 2]);
        await h.BroadcastAsync();
        var flaky = Substitute.For<IAlertOutbox>();
        var failures = 2;
        flaky.RecoverInterruptedAsync(default).ReturnsForAnyArgs(0);
        flaky.GetDueAsync(default, default).ReturnsForAnyArgs(call => Interlocked.Decrement(ref failures) >= 0
            ? throw new Microsoft.Data.Sqlite.SqliteException("database is locked", 5)
            : h.Outbox.GetDueAsync(call.ArgAt<DateTimeOffset>(0), call.ArgAt<int>(1)));
        flaky.GetNextDueAsync(default).ReturnsForAnyArgs(_ => h.Outbox.GetNextDueAsync());
        flaky.TryClaimAsync(default, default).ReturnsForAnyArgs(call => h.Outbox.TryClaimAsync(call.ArgAt<long>(0), call.ArgAt<DateTimeOffset>(1)));
        flaky.MarkSentAsync(default, default, default, default).ReturnsForAnyArgs(call =>
            h.Outbox.MarkSentAsync(call.ArgAt<long>(0), call.ArgAt<DateTimeOffset>(1), call.ArgAt<int>(2), call.ArgAt<DateTimeOffset>(3)));
        await h.StartAsync(outbox: flaky);

        await h.RunUntilAsync(h.AllSettled(), "both deliveries after two failed queries");

        Assert.False(h.Dispatcher!.ExecuteTask!.IsCompleted);
        Assert.Contains(h.Logger.At(Microsoft.Extensions.Logging.LogLevel.Error), e => e.StartsWith("Alert dispatch failed", StringComparison.Ordinal));
        Assert.Equal(2, h.Sender.Delivered.Count);
    }
}
