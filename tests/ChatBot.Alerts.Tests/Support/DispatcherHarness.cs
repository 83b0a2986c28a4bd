using System.Diagnostics;
using ChatBot.Core.Alerts;
using ChatBot.Storage.Alerts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>A dispatcher on a fake clock over a real SQLite outbox, with a recording sender.</summary>
public sealed class DispatcherHarness : IAsyncDisposable
{
    private static readonly TimeSpan RealTimeout = TimeSpan.FromSeconds(30);
    private AlertDispatcher? _dispatcher;

    public DispatcherHarness(AlertsOptions? options = null)
    {
        Options = options ?? new AlertsOptions();
        Outbox = new SqliteAlertOutbox(Db.Database, Time);
        Subscriptions = new SqliteSubscriptionStore(Db.Database, Time);
        Sender = new RecordingSender(Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public TempDatabase Db { get; } = new();

    public AlertsOptions Options { get; }

    public SqliteAlertOutbox Outbox { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public RecordingSender Sender { get; }

    public AlertWakeup Wakeup { get; } = new();

    public async Task<long> BroadcastAsync(string text = "Talks resume on Monday.")
    {
        var queued = await Outbox.EnqueueBroadcastAsync(text, "tg:1 Admin");
        return queued.AlertId;
    }

    public async Task SubscribeAsync(IEnumerable<long> chats, params string[] tags)
    {
        foreach (var chat in chats)
        {
            await Subscriptions.SubscribeAsync(chat, tags);
        }
    }

    public async Task StartAsync()
    {
        _dispatcher = new AlertDispatcher(Outbox, Sender, Wakeup, Time, Microsoft.Extensions.Options.Options.Create(Options),
            NullLogger<AlertDispatcher>.Instance);
        await _dispatcher.StartAsync(CancellationToken.None);
    }

    /// <summary>
    /// Advances the fake clock in small steps, giving the dispatcher a moment of real time between steps. A slow
    /// dispatcher only sees time jump further, so sends can come later than their slot, never earlier.
    /// </summary>
    public async Task RunUntilAsync(Func<bool> done, string what, TimeSpan? step = null)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!done())
        {
            if (_dispatcher?.ExecuteTask is { IsFaulted: true } failed)
            {
                throw new InvalidOperationException("The dispatcher crashed.", failed.Exception);
            }
            if (stopwatch.Elapsed > RealTimeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}; {Sender.Calls.Count} send(s) so far, fake time {Time.GetUtcNow():O}.");
            }
            await Task.Delay(1);
            Time.Advance(step ?? TimeSpan.FromMilliseconds(20));
        }
    }

    public Func<bool> AllSettled() => () =>
    {
        var counts = Db.StateCounts();
        return counts[DeliveryState.Queued] == 0 && counts[DeliveryState.Sending] == 0;
    };

    /// <summary>Stops the running dispatcher as a host would; <see cref="StartAsync"/> then starts a fresh one.</summary>
    public async Task DisposeDispatcherAsync()
    {
        if (_dispatcher is not null)
        {
            await _dispatcher.StopAsync(CancellationToken.None);
            _dispatcher.Dispose();
            _dispatcher = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeDispatcherAsync();
        Wakeup.Dispose();
        Db.Dispose();
    }
}
