using System.Diagnostics;
using ChatBot.Core.Alerts;
using ChatBot.Storage.Alerts;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>A dispatcher on a fake clock over a real SQLite outbox, with a recording sender.</summary>
public sealed class DispatcherHarness : IAsyncDisposable
{
    private static readonly TimeSpan RealTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a timer may stay armed while nothing new arms (real time) before the clock is moved anyway. Only a
    /// timer left over from a finished wait can cause that; it keeps such a case from hanging a test.
    /// </summary>
    private static readonly TimeSpan StaleWait = TimeSpan.FromMilliseconds(250);

    public DispatcherHarness(AlertsOptions? options = null)
    {
        Options = options ?? new AlertsOptions();
        Outbox = new SqliteAlertOutbox(Db.Database, Time);
        Subscriptions = new SqliteSubscriptionStore(Db.Database, Time);
        Sender = new RecordingSender(Time);
    }

    public SteppedClock Time { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public TempDatabase Db { get; } = new();

    public AlertsOptions Options { get; }

    public SqliteAlertOutbox Outbox { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public RecordingSender Sender { get; }

    public AlertWakeup Wakeup { get; } = new();

    public CapturingLogger<AlertDispatcher> Logger { get; } = new();

    /// <summary>The running dispatcher, once started.</summary>
    public AlertDispatcher? Dispatcher { get; private set; }

    public async Task<long> BroadcastAsync(string text = "Talks resume on Monday.")
    {
        var queued = await Outbox.EnqueueBroadcastAsync(text, "tg:1 Admin");
        return queued.AlertId;
    }

    /// <summary>A broadcast to one subscribed chat: the alert and its only delivery, still queued.</summary>
    public async Task<(long Alert, long Delivery)> OneQueuedDeliveryAsync(long chat = 1)
    {
        await SubscribeAsync([chat]);
        var alert = await BroadcastAsync();
        return (alert, Assert.Single(await Outbox.GetDeliveriesAsync(alert)).Id);
    }

    public async Task SubscribeAsync(IEnumerable<long> chats, params string[] tags)
    {
        foreach (var chat in chats)
        {
            await Subscriptions.SubscribeAsync(chat, tags);
        }
    }

    /// <summary>Starts a dispatcher over the harness's outbox and sender, or over the given ones.</summary>
    public async Task StartAsync(IAlertSender? sender = null, IAlertOutbox? outbox = null)
    {
        Dispatcher = new AlertDispatcher(outbox ?? Outbox, sender ?? Sender, Wakeup, Time, Microsoft.Extensions.Options.Options.Create(Options), Logger);
        await Dispatcher.StartAsync(CancellationToken.None);
    }

    /// <summary>
    /// Moves the fake clock whenever the dispatcher waits for it, each time exactly to the next timer's deadline, until
    /// <paramref name="done"/>. Between moves the dispatcher runs at whatever speed the machine allows, and the
    /// clock stands still meanwhile: what it records is the same on an idle and on a loaded box.
    /// </summary>
    public async Task RunUntilAsync(Func<bool> done, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        var stale = Stopwatch.StartNew();
        while (!done())
        {
            if (Dispatcher?.ExecuteTask is { IsFaulted: true } failed)
            {
                throw new InvalidOperationException("The dispatcher crashed.", failed.Exception);
            }
            if (stopwatch.Elapsed > RealTimeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}; {Sender.Calls.Count} send(s) so far, fake time {Time.GetUtcNow():O}.{Environment.NewLine}{Logger.All}");
            }
            if (StepClock(stale))
            {
                stale.Restart();
                continue;
            }
            await Task.Delay(1);
        }
    }

    /// <summary>Moves the clock to the next deadline if the dispatcher is waiting for one; true when it did.</summary>
    public bool StepClock(Stopwatch? stale = null)
    {
        if (!Time.TryGetNextDeadline(out var due, out var waiting))
        {
            stale?.Restart();
            return false;
        }
        if (!waiting && (stale is null || stale.Elapsed < StaleWait))
        {
            return false;
        }
        var now = Time.GetUtcNow();
        Time.Advance(due > now ? due - now : TimeSpan.Zero);
        return true;
    }

    /// <summary>Steps the clock until <paramref name="task"/> completes (e.g. a stop waiting out its grace period).</summary>
    public async Task RunUntilCompletedAsync(Task task, string what)
    {
        await RunUntilAsync(() => task.IsCompleted, what);
        await task;
    }

    public Func<bool> AllSettled() => () =>
    {
        var counts = Db.StateCounts();
        return counts[DeliveryState.Queued] == 0 && counts[DeliveryState.Sending] == 0;
    };

    /// <summary>Stops the running dispatcher as a host would; <see cref="StartAsync"/> then starts a fresh one.</summary>
    public async Task DisposeDispatcherAsync()
    {
        if (Dispatcher is not null)
        {
            await Dispatcher.StopAsync(CancellationToken.None);
            Dispatcher.Dispose();
            Dispatcher = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeDispatcherAsync();
        Wakeup.Dispose();
        Db.Dispose();
    }
}
