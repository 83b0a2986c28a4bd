using System.Diagnostics;
using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;

namespace ChatBot.Alerts.Tests;

/// <summary>
/// The dispatcher runs in a child process that is SIGKILLed mid-broadcast and started again on the same database.
/// See <see cref="AlertDispatcher"/> for the one window (a send in flight at the kill) where we resend.
/// </summary>
[Collection(EndToEnd.Collection)]
public sealed class CrashEndToEndTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Killed_two_seconds_into_a_broadcast_and_restarted_every_subscriber_has_the_alert_exactly_once()
    {
        await using var world = await World.CreateAsync(120);
        world.Fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: world.Chats[15]);
        world.Fake.InjectFault("sendMessage", Fault.TooManyRequests(1), chatId: world.Chats[25]);
        world.Fake.InjectFault("sendMessage", Fault.InternalServerError(), chatId: world.Chats[95]);
        var alertId = world.CorrectFact();

        await using (var first = world.StartChild())
        {
            await world.Fake.WaitForAsync(() => world.Fake.TotalSentMessages >= 40, Timeout, "40 alerts sent by the first process");
            // The kill lands while Telegram has every send paused (a 429) and no row is in flight: the outbox is
            // then the whole truth, and exactly once holds for everyone.
            var pause = world.Fake.InjectFault("sendMessage", Fault.TooManyRequests(3));
            await world.Fake.WaitForAsync(() => pause.IsExhausted, Timeout, "the second 429");
            await WaitUntilAsync(() => world.Db.Count("SELECT COUNT(*) FROM deliveries WHERE last_error LIKE '429%' AND state = 'queued'") >= 1
                && world.Db.StateCounts()[DeliveryState.Sending] == 0, "the 429 recorded and no send in flight", first);
            await first.KillAsync();
        }

        var midway = world.Db.StateCounts();
        Assert.InRange(midway[DeliveryState.Sent], 40, 119);
        Assert.Equal(120 - midway[DeliveryState.Sent], midway[DeliveryState.Queued]);

        await using (var second = world.StartChild())
        {
            await world.WaitForAllSentAsync(alertId, second);
        }

        Assert.All(world.Chats, c => Assert.Equal(1, world.Fake.SentMessageCount(c)));
        Assert.Equal(120, world.Fake.TotalSentMessages);
    }

    [Fact]
    public async Task Killed_at_an_arbitrary_moment_only_a_row_caught_in_flight_may_be_sent_twice_and_nobody_is_missed()
    {
        await using var world = await World.CreateAsync(60);
        var alertId = world.CorrectFact();

        HashSet<long> inFlightAtKill;
        await using (var first = world.StartChild())
        {
            await world.Fake.WaitForAsync(() => world.Fake.TotalSentMessages >= 25, Timeout, "25 alerts sent by the first process");
            await first.KillAsync();
            inFlightAtKill = [.. (await world.Outbox.GetDeliveriesAsync(alertId)).Where(d => d.State == DeliveryState.Sending).Select(d => d.ChatId)];
        }

        await using (var second = world.StartChild())
        {
            await world.WaitForAllSentAsync(alertId, second);
        }

        Assert.All(world.Chats, c => Assert.InRange(world.Fake.SentMessageCount(c), 1, 2));
        var twice = world.Chats.Where(c => world.Fake.SentMessageCount(c) == 2).ToList();
        Assert.All(twice, c => Assert.Contains(c, inFlightAtKill));
        Assert.True(inFlightAtKill.Count <= new Alerts.AlertsOptions().MaxConcurrentSends);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what, ChildDispatcher child)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > Timeout || child.HasExited)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Child output:{Environment.NewLine}{child.Output}");
            }
            await Task.Delay(5);
        }
    }

    /// <summary>The fake Bot API, the database and the subscribers shared by both processes.</summary>
    private sealed class World : IAsyncDisposable
    {
        private readonly Core.Facts.Fact _fact = TempDatabase.NewFact();

        private World(FakeBotApi fake, int subscribers)
        {
            Fake = fake;
            Chats = [.. Enumerable.Range(0, subscribers).Select(i => fake.CreatePrivateChat($"Subscriber {i}").Id)];
            Db.Subscribe(Chats);
            Db.SeedFact(_fact);
            Outbox = new Storage.Alerts.SqliteAlertOutbox(Db.Database, TimeProvider.System);
        }

        public FakeBotApi Fake { get; }

        public TempDatabase Db { get; } = new();

        public Storage.Alerts.SqliteAlertOutbox Outbox { get; }

        public IReadOnlyList<long> Chats { get; }

        public static async Task<World> CreateAsync(int subscribers) =>
            new(await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true }), subscribers);

        public long CorrectFact() =>
            Db.ChangeFact(_fact, _fact with { Answer = "At least 42 people were killed.", Version = 2 }, DateTimeOffset.UtcNow)!.Value;

        public ChildDispatcher StartChild() => ChildDispatcher.Start(Db.DatabasePath, Fake.BaseUrl);

        public async Task WaitForAllSentAsync(long alertId, ChildDispatcher child)
        {
            await Fake.WaitForAsync(() => Chats.All(c => Fake.SentMessageCount(c) >= 1) || child.HasExited, Timeout, "every subscriber to get the alert");
            await WaitUntilAsync(() => Outbox.GetDeliveriesAsync(alertId).Result.All(d => d.State == DeliveryState.Sent),
                "every delivery marked sent", child);
        }

        public async ValueTask DisposeAsync()
        {
            await Fake.DisposeAsync();
            Db.Dispose();
        }
    }
}
