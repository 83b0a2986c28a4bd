using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
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
        TimedSender? timed = null;
        using var host = AlertHost.Build(db.Database, fake.BaseUrl, decorate: inner => timed = new TimedSender(inner, TimeProvider.System));
        await host.StartAsync();

        var alertId = db.ChangeFact(before, before with { Answer = "At least 42 people were killed.", Version = 2 }, DateTimeOffset.UtcNow);

        await fake.WaitForAsync(() => chats.All(c => fake.SentMessageCount(c) >= 1), Timeout, "every subscriber to get the alert");
        var outbox = host.Services.GetRequiredService<IAlertOutbox>();
        await Eventually.TrueAsync(async () => (await outbox.GetDeliveriesAsync(alertId!.Value)).All(d => d.State == DeliveryState.Sent), Timeout, "all rows marked sent");
        await host.StopAsync();

        // Exactly once, and only to the fact's subscribers.
        Assert.All(chats, c => Assert.Equal(1, fake.SentMessageCount(c)));
        Assert.All(others, c => Assert.Equal(0, fake.SentMessageCount(c)));
        Assert.All(faults, f => Assert.True(f.IsExhausted, f.ToString()));
        var message = fake.SentMessages(chats[0])[0];
        Assert.StartsWith("Update: At least 42 people were killed. (was: At least 40 people were killed.)", message.Text, StringComparison.Ordinal);
        Assert.Equal("f:death-toll", Assert.Single(message.Buttons).CallbackData);
        var requests = fake.RequestsFor("sendMessage");
        Assert.Equal(2, requests.Count(r => r.StatusCode == 500));
        Assert.True(requests.Count(r => r.StatusCode == 429) >= 2);
        Assert.Equal(120, requests.Count(r => r.StatusCode == 200));

        // Pacing, on the dispatcher's clock. These bounds follow from how it paces, not from how fast this machine
        // is: its global slots are 40 ms apart (a slot may come up to one interval late and stay on the grid, so at
        // most 26 fall in any second), and a send starts after its slot and before the next slot is taken (at most
        // one more). On an idle machine the fake's own 429s never fire; on a loaded one a burst of late requests may
        // trigger them, and each is then honoured like any other.
        var sends = timed!.Sends;
        Assert.Equal(requests.Count, sends.Count);
        Assert.InRange(SendWindows.MaxInWindow(sends.Select(s => s.Start), TimeSpan.FromSeconds(1)), 1, 27);
        // Slots 2..N are each an interval after the previous one, and the first send starts before the second slot.
        Assert.True(sends[^1].Start - sends[0].Start >= TimeSpan.FromSeconds((sends.Count - 2) / 25.0), $"{sends.Count} sends in {sends[^1].Start - sends[0].Start}");
        // (Whether the rate is also achieved is a matter of machine speed; PacingTests checks it on a fake clock.)
        // A chat's next send starts at least a second after its previous one started.
        foreach (var chat in sends.GroupBy(s => s.ChatId).Where(g => g.Count() > 1))
        {
            var starts = chat.Select(s => s.Start).ToList();
            Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(1), $"chat {chat.Key}: {p.First:HH:mm:ss.fff} then {p.Second:HH:mm:ss.fff}"));
        }
        // retry_after honoured: the throttled chat's retry starts only after the pause its 429 asked for.
        foreach (var throttled in sends.Where(s => s.Result.Outcome == SendOutcome.RetryAfter))
        {
            var retry = sends.First(s => s.ChatId == throttled.ChatId && s.Start > throttled.Start);
            Assert.True(retry.Start >= throttled.End + throttled.Result.RetryAfter,
                $"chat {throttled.ChatId}: 429 answered at {throttled.End:HH:mm:ss.fff}, retried at {retry.Start:HH:mm:ss.fff}");
        }
        var options = host.Services.GetRequiredService<IOptions<Alerts.AlertsOptions>>().Value;
        Assert.Equal(25, options.GlobalMessagesPerSecond);
    }
}
