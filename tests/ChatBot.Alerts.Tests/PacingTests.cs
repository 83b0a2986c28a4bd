using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests;

public sealed class PacingTests
{
    [Fact]
    public async Task A_broadcast_is_paced_at_the_global_rate_and_achieves_it()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { GlobalMessagesPerSecond = 25 });
        await h.SubscribeAsync(Enumerable.Range(1, 60).Select(i => (long)i));
        await h.BroadcastAsync();
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "60 deliveries");

        // The fake clock only moves while the dispatcher waits, so these are its pacing decisions, however loaded
        // the machine: one send every 40 ms, the first at once.
        var sends = h.Sender.Delivered.Select(c => c.At).Order().ToList();
        Assert.Equal(60, sends.Count);
        Assert.Equal(60, h.Sender.Delivered.Select(c => c.ChatId).Distinct().Count());
        var gaps = sends.Zip(sends.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.Equal(TimeSpan.FromMilliseconds(40), gap));
        Assert.Equal(25, SendWindows.MaxInWindow(sends, TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(59 / 25.0), sends[^1] - sends[0]);
    }

    [Fact]
    public async Task Messages_to_one_chat_are_at_least_the_per_chat_interval_apart()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { GlobalMessagesPerSecond = 25, PerChatMessagesPerSecond = 1 });
        await h.SubscribeAsync([101, 102]);
        for (var i = 0; i < 3; i++)
        {
            await h.BroadcastAsync($"Announcement {i}");
        }
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "6 deliveries");

        foreach (var chat in new long[] { 101, 102 })
        {
            var times = h.Sender.Delivered.Where(c => c.ChatId == chat).Select(c => c.At).Order().ToList();
            Assert.Equal(3, times.Count);
            Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1),
                $"chat {chat}: {pair.First:HH:mm:ss.fff} then {pair.Second:HH:mm:ss.fff}"));
        }
        // The three alerts reach each chat in the order they were written.
        var first = h.Sender.Delivered.Where(c => c.ChatId == 101).Select(c => c.Html).ToList();
        Assert.Contains("Announcement 0", first[0], StringComparison.Ordinal);
        Assert.Contains("Announcement 2", first[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_pauses_every_send_for_retry_after_and_the_message_is_sent_once_later()
    {
        await using var h = new DispatcherHarness(new AlertsOptions { GlobalMessagesPerSecond = 25 });
        await h.SubscribeAsync(Enumerable.Range(1, 20).Select(i => (long)i));
        h.Sender.Script(5, SendResult.Wait(TimeSpan.FromSeconds(3)));
        await h.BroadcastAsync();
        await h.StartAsync();

        await h.RunUntilAsync(h.AllSettled(), "20 deliveries");

        var throttled = Assert.Single(h.Sender.Calls, c => c.Result.Outcome == SendOutcome.RetryAfter);
        var resumeAt = throttled.At + TimeSpan.FromSeconds(3);
        Assert.DoesNotContain(h.Sender.Calls, c => c.At > throttled.At && c.At < resumeAt);
        var retried = Assert.Single(h.Sender.Delivered, c => c.ChatId == 5);
        Assert.True(retried.At >= resumeAt);
        Assert.Equal(20, h.Sender.Delivered.Select(c => c.ChatId).Distinct().Count());
        Assert.Equal(20, h.Sender.Delivered.Count);
        // A 429 is our pacing, not the chat's fault: it does not use up an attempt.
        var delivery = (await h.Outbox.GetDeliveriesAsync(1)).Single(d => d.ChatId == 5);
        Assert.Equal(1, delivery.Attempts);
    }
}
