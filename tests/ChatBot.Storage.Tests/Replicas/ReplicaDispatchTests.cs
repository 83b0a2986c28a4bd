using ChatBot.Alerts;
using ChatBot.Core.Alerts;
using ChatBot.Core.Coordination;
using ChatBot.Storage.Postgres.Alerts;
using ChatBot.Storage.Postgres.Coordination;
using ChatBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>Two alert dispatchers, as two replicas would run them, on one PostgreSQL database and one bot.</summary>
[Collection(OnPostgres.Name)]
public sealed class ReplicaDispatchTests(PostgresCluster cluster) : IDisposable
{
    private const int Subscribers = 300;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly PostgresStoreSet _store = new(cluster);
    private readonly SharedTelegram _telegram = new();

    private readonly AlertsOptions _options = new()
    {
        GlobalMessagesPerSecond = 50,
        PerChatMessagesPerSecond = 1,
        SendTimeout = TimeSpan.FromSeconds(1),
        SendingLease = TimeSpan.FromSeconds(2),
        ShutdownGrace = TimeSpan.FromMilliseconds(200),
        PollInterval = TimeSpan.FromMilliseconds(200),
    };

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Two_dispatchers_alert_300_subscribers_exactly_once_each_within_the_global_rate()
    {
        var alert = await BroadcastToSubscribersAsync();
        await using var a = Start("replica-a", new PostgresDispatcherLease(_store.Database, TimeProvider.System));
        await using var b = Start("replica-b", new PostgresDispatcherLease(_store.Database, TimeProvider.System));

        await Eventually.TrueAsync(() => _telegram.Sent.Count >= Subscribers, Timeout, "every subscriber alerted");
        await Task.Delay(300); // a second sender would show up as extra sends now

        AssertDeliveredExactlyOnce();
        Assert.Single(_telegram.Sent.Select(s => s.Replica).Distinct()); // one elected sender
        Assert.All(await _store.Get<IAlertOutbox>().GetDeliveriesAsync(alert), d => Assert.Equal(DeliveryState.Sent, d.State));
    }

    [Fact]
    public async Task Killing_the_dispatching_replica_mid_broadcast_lets_the_other_finish_with_no_subscriber_alerted_twice()
    {
        await BroadcastToSubscribersAsync();
        var leaseA = new KillableLease(new PostgresDispatcherLease(_store.Database, TimeProvider.System));
        await using var a = Start("replica-a", leaseA);
        await Eventually.TrueAsync(() => _telegram.Sent.Count > 0, Timeout, "replica a elected and sending");
        await using var b = Start("replica-b", new PostgresDispatcherLease(_store.Database, TimeProvider.System));
        await Eventually.TrueAsync(() => _telegram.Sent.Count >= 100, Timeout, "a third of the broadcast sent");

        // Its requests in flight never arrive, it never gets the lease again, and its session (with the lock) ends.
        _telegram.Dead["replica-a"] = true;
        leaseA.Kill();
        await TerminateDispatcherSessionAsync();
        await Eventually.TrueAsync(() => _telegram.Sent.Count >= Subscribers, Timeout, "every subscriber alerted",
            () => $"{_telegram.Sent.Count} sent");
        await Task.Delay(500);

        AssertDeliveredExactlyOnce();
        Assert.Contains(_telegram.Sent, s => s.Replica == "replica-b");
    }

    private void AssertDeliveredExactlyOnce()
    {
        var sent = _telegram.Sent;
        Assert.Equal(Enumerable.Range(1, Subscribers).Select(i => (long)i), sent.Select(s => s.ChatId).Order());
        Assert.InRange(_telegram.BusiestSecond(), 1, (int)_options.GlobalMessagesPerSecond);
    }

    private async Task<long> BroadcastToSubscribersAsync()
    {
        var subscriptions = _store.Get<ISubscriptionStore>();
        for (var chat = 1; chat <= Subscribers; chat++)
        {
            await subscriptions.SubscribeAsync(chat, []);
        }
        return (await _store.Get<IAlertOutbox>().EnqueueBroadcastAsync("Talks resume on Monday.", "tg:1 Admin")).AlertId;
    }

    private RunningDispatcher Start(string replica, IDispatcherLease lease)
    {
        var dispatcher = new AlertDispatcher(new PostgresAlertOutbox(_store.Database, TimeProvider.System), _telegram.SenderFor(replica),
            new AlertWakeup(), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(_options), NullLogger<AlertDispatcher>.Instance, lease);
        return new RunningDispatcher(dispatcher, _telegram);
    }

    private async Task TerminateDispatcherSessionAsync()
    {
        await using var c = await _store.Database.OpenAsync();
        // The dispatcher lock's key is split over classid (high half) and objid (low half) in pg_locks.
        await using var kill = new NpgsqlCommand("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objid = 1112495107 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, c);
        Assert.Equal(1L, await kill.ExecuteScalarAsync());
    }

    private sealed class KillableLease(IDispatcherLease inner) : IDispatcherLease
    {
        private volatile bool _killed;

        public void Kill() => _killed = true;

        public async Task<bool> HoldAsync(CancellationToken cancellationToken = default) =>
            !_killed && await inner.HoldAsync(cancellationToken);

        public Task ReleaseAsync(CancellationToken cancellationToken = default) => inner.ReleaseAsync(cancellationToken);
    }

    private sealed class RunningDispatcher : IAsyncDisposable
    {
        private readonly AlertDispatcher _dispatcher;
        private readonly SharedTelegram _telegram;

        public RunningDispatcher(AlertDispatcher dispatcher, SharedTelegram telegram)
        {
            (_dispatcher, _telegram) = (dispatcher, telegram);
            _dispatcher.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        public async ValueTask DisposeAsync()
        {
            _telegram.Shutdown();
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _dispatcher.StopAsync(bounded.Token);
            _dispatcher.Dispose();
        }
    }
}
