using System.Diagnostics;
using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Alerts.Tests;

public sealed class BroadcastEndToEndTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_corrected_fact_reaches_120_subscribers_exactly_once_through_429s_and_500s_within_Telegrams_limits()
    {
        await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        using var db = new TempDatabase();
        var chats = Enumerable.Range(0, 120).Select(i => fake.CreatePrivateChat($"Subscriber {i}").Id).ToList();
        var others = Enumerable.Range(0, 5).Select(i => fake.CreatePrivateChat($"Other {i}").Id).ToList();
        db.Subscribe(chats.Take(60));
        db.Subscribe(chats.Skip(60), "casualties");
        db.Subscribe(others, "delegation");
        var before = TempDatabase.NewFact();
        db.SeedFact(before);
        var faults = new[]
        {
            fake.InjectFault("sendMessage", Fault.TooManyRequests(1), chatId: chats[10]),
            fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: chats[30]),
            fake.InjectFault("sendMessage", Fault.TooManyRequests(1), chatId: chats[70]),
            fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: chats[100]),
        };
        using var host = AlertHost.Build(db.Database, fake.BaseUrl);
        await host.StartAsync();
        var started = Stopwatch.StartNew();

        var alertId = db.ChangeFact(before, before with { Answer = "At least 42 people were killed.", Version = 2 }, DateTimeOffset.UtcNow);

        await fake.WaitForAsync(() => chats.All(c => fake.SentMessageCount(c) >= 1), Timeout, "every subscriber to get the alert");
        var outbox = host.Services.GetRequiredService<IAlertOutbox>();
        await WaitUntilAsync(async () => (await outbox.GetDeliveriesAsync(alertId!.Value)).All(d => d.State == DeliveryState.Sent), "all rows marked sent");
        var elapsed = started.Elapsed;
        await host.StopAsync();

        Assert.All(chats, c => Assert.Equal(1, fake.SentMessageCount(c)));
        Assert.All(others, c => Assert.Equal(0, fake.SentMessageCount(c)));
        Assert.All(faults, f => Assert.True(f.IsExhausted, f.ToString()));
        var message = fake.SentMessages(chats[0])[0];
        Assert.StartsWith("Update: At least 42 people were killed. (was: At least 40 people were killed.)", message.Text, StringComparison.Ordinal);
        Assert.Equal("f:death-toll", Assert.Single(message.Buttons).CallbackData);

        // Only the two injected 429s: the dispatcher never ran into the fake's own enforcement of Telegram's limits.
        var sends = fake.RequestsFor("sendMessage");
        Assert.Equal(2, sends.Count(r => r.StatusCode == 429));
        Assert.Equal(2, sends.Count(r => r.StatusCode == 500));
        Assert.Equal(124, sends.Count);
        var rates = fake.GetSendRates();
        Assert.InRange(rates.MaxGlobalInWindow, 1, 30);
        Assert.Equal(1, rates.MaxPerChatInWindow);

        // retry_after honoured: after each 429 (retry after 1 s) nothing new was sent for the rest of that second.
        // The first 0.3 s are left out: a send paced 40 ms after the throttled one may already be on its way while
        // the 429 answer is being read (the first exception of a process is slow to throw).
        foreach (var throttled in sends.Where(r => r.StatusCode == 429))
        {
            Assert.DoesNotContain(sends, r => r.Elapsed > throttled.Elapsed + TimeSpan.FromSeconds(0.3)
                && r.Elapsed < throttled.Elapsed + TimeSpan.FromSeconds(0.95));
        }
        // 120 messages at 25/s take 4.8 s, plus two 1 s pauses.
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
        var options = host.Services.GetRequiredService<IOptions<Alerts.AlertsOptions>>().Value;
        Assert.Equal(25, options.GlobalMessagesPerSecond);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (stopwatch.Elapsed > Timeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(20);
        }
    }
}
