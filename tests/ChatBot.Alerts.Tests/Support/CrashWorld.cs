using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>The fake Bot API, the database and the subscribers shared by both processes.</summary>
public sealed class CrashWorld : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(40);
    private readonly Core.Facts.Fact _fact = TempDatabase.NewFact();

    private CrashWorld(FakeBotApi fake, int subscribers)
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

    public static async Task<CrashWorld> CreateAsync(int subscribers, bool enforceRateLimits = true) =>
        new(await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceRateLimits = enforceRateLimits }), subscribers);

    public long CorrectFact() =>
        Db.ChangeFact(_fact, _fact with { Answer = "At least 42 people were killed.", Version = 2 }, DateTimeOffset.UtcNow)!.Value;

    public ChildDispatcher StartChild(params string[] settings) => ChildDispatcher.Start(Db.DatabasePath, Fake.BaseUrl, settings);

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

    public static Task WaitUntilAsync(Func<bool> condition, string what, ChildDispatcher child) =>
        Eventually.TrueAsync(() => condition() || FailIfExited(child, what), Timeout, what, () => Output(child));

    /// <summary>A child that has exited cannot bring the condition about: fail at once, not at the timeout.</summary>
    private static bool FailIfExited(ChildDispatcher child, string what) => child.HasExited
        ? throw new InvalidOperationException($"The child exited before {what}.{Environment.NewLine}{Output(child)}")
        : false;

    private static string Output(ChildDispatcher child) => $"Child output:{Environment.NewLine}{child.Output}";
}
