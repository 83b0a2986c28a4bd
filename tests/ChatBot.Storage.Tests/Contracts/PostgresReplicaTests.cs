using ChatBot.Core.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Core.Coordination;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Core.Facts;
using ChatBot.Core.Seeding;
using ChatBot.Storage.Tests.Support;
using Npgsql;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>What only a shared server has to get right: several processes on one database.</summary>
[Collection(OnPostgres.Name)]
public sealed class PostgresReplicaTests(PostgresCluster cluster) : IDisposable
{
    private readonly PostgresStoreSet _a = new(cluster);

    public void Dispose() => _a.Dispose();

    [Fact]
    public async Task Replicas_starting_together_apply_each_migration_once()
    {
        using var b = _a.Replica("replica-b");
        using var c = _a.Replica("replica-c");
        var fresh = new[] { _a, b, c }.Select(s => s.Database).Select(d => new ChatBot.Storage.Postgres.PostgresStoreMigrator(d));

        await Task.WhenAll(fresh.Select(m => m.MigrateAsync()));

        await using var connection = await _a.Database.OpenAsync();
        await using var versions = new NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations", connection);
        var scripts = typeof(ChatBot.Storage.Postgres.PostgresStoreMigrator).Assembly.GetManifestResourceNames().Count(n => n.EndsWith(".sql", StringComparison.Ordinal));
        Assert.Equal(10, scripts); // 001_schema … 008_queue_vacuum, 009_withheld_alerts, 010_alerts_by_fact
        Assert.Equal("1,2,3,4,5,6,7,8,9,10", await versions.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_update_one_replica_holds_is_handed_to_another_only_after_its_lease()
    {
        using var b = _a.Replica("replica-b");
        var inboxA = _a.Get<IUpdateInbox>();
        var inboxB = b.Get<IUpdateInbox>();
        _a.Clock.SetUtcNow(b.Clock.GetUtcNow()); // b was made later: one moment for both

        var added = await inboxA.AddAsync([new InboxUpdate(1, "Message", "{}", _a.Clock.GetUtcNow())]);
        var again = await inboxB.AddAsync([new InboxUpdate(1, "Message", "{}", b.Clock.GetUtcNow())]);
        await inboxB.AddAsync([new InboxUpdate(2, "Message", "{}", b.Clock.GetUtcNow())]);

        Assert.Single(added);
        Assert.Empty(again);
        Assert.Equal([1L], (await inboxA.GetPendingAsync(10)).Select(e => e.UpdateId));
        Assert.Equal([2L], (await inboxB.GetPendingAsync(10)).Select(e => e.UpdateId));
        b.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal([1L, 2L], (await inboxB.GetPendingAsync(10)).Select(e => e.UpdateId));
        Assert.Empty(await inboxA.GetPendingAsync(10));
    }

    [Fact]
    public async Task Dispatchers_on_two_replicas_never_claim_the_same_delivery()
    {
        using var b = _a.Replica("replica-b");
        for (var chat = 1; chat <= 40; chat++)
        {
            await _a.Get<ISubscriptionStore>().SubscribeAsync(chat, []);
        }
        var alert = await _a.Get<IAlertOutbox>().EnqueueBroadcastAsync("Hello.", "tg:1 Admin");
        var ids = (await _a.Get<IAlertOutbox>().GetDeliveriesAsync(alert.AlertId)).Select(d => d.Id).ToList();
        var lease = _a.Clock.GetUtcNow().AddMinutes(5);

        var claims = await Task.WhenAll(ids.SelectMany(id => new[] { _a, b }.Select(s => s.Get<IAlertOutbox>().TryClaimAsync(id, lease))));

        Assert.Equal(ids.Count, claims.Count(c => c));
        Assert.All(await _a.Get<IAlertOutbox>().GetDeliveriesAsync(alert.AlertId), d => Assert.Equal((DeliveryState.Sending, 1), (d.State, d.Attempts)));
    }

    [Fact]
    public async Task One_replica_at_a_time_holds_the_dispatcher_lease_and_another_takes_it_when_that_session_ends()
    {
        using var b = _a.Replica("replica-b");
        var leaseA = _a.Get<IDispatcherLease>();
        var leaseB = b.Get<IDispatcherLease>();

        Assert.False(await leaseA.HoldAsync()); // granted, but sends only after the settle time
        Assert.False(await leaseB.HoldAsync());
        _a.Clock.Advance(TimeSpan.FromSeconds(2));
        b.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await leaseA.HoldAsync());
        Assert.False(await leaseB.HoldAsync());

        await leaseA.ReleaseAsync();
        b.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await leaseB.HoldAsync());
        b.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await leaseB.HoldAsync());
        _a.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await leaseA.HoldAsync());
    }

    [Fact]
    public async Task A_starting_replica_leaves_another_replicas_sends_in_flight_alone_and_takes_over_only_expired_ones()
    {
        using var b = _a.Replica("replica-b");
        _a.Clock.SetUtcNow(b.Clock.GetUtcNow()); // b was made later: one moment for both
        await _a.Get<ISubscriptionStore>().SubscribeAsync(1, []);
        await _a.Get<ISubscriptionStore>().SubscribeAsync(2, []);
        var alert = await _a.Get<IAlertOutbox>().EnqueueBroadcastAsync("Hello.", "tg:1 Admin");
        var ids = (await _a.Get<IAlertOutbox>().GetDeliveriesAsync(alert.AlertId)).Select(d => d.Id).ToList();
        await _a.Get<IAlertOutbox>().TryClaimAsync(ids[0], _a.Clock.GetUtcNow().AddMinutes(5));
        await _a.Get<IAlertOutbox>().TryClaimAsync(ids[1], _a.Clock.GetUtcNow().AddMinutes(1));
        b.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, await b.Get<IAlertOutbox>().RecoverInterruptedAsync(maxAttempts: 5));

        var states = (await b.Get<IAlertOutbox>().GetDeliveriesAsync(alert.AlertId)).Select(d => d.State);
        Assert.Equal([DeliveryState.Sending, DeliveryState.Queued], states);
    }

    [Fact]
    public async Task The_flood_limit_is_one_budget_for_a_user_whichever_replicas_count_the_questions()
    {
        using var b = _a.Replica("replica-b");
        var now = _a.Clock.GetUtcNow();
        var windows = new[] { _a.Get<IFloodWindow>(), b.Get<IFloodWindow>() };

        // 40 questions of one user at once, half through each replica, against a limit of 20 a minute.
        var verdicts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => windows[i % 2].CheckAsync(7, 20, now.AddMilliseconds(i))));

        Assert.Equal(20, verdicts.Count(v => v == FloodDecision.Allow));
        Assert.Equal(1, verdicts.Count(v => v == FloodDecision.Notify));
        Assert.Equal(FloodDecision.Allow, await windows[1].CheckAsync(7, 20, now.AddSeconds(61)));
    }

    [Fact]
    public async Task The_shipped_store_exported_from_sqlite_imports_into_postgres_whole()
    {
        using var sqlite = new SqliteStoreSet();
        var seed = SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        await sqlite.Get<ICurationStore>().SeedAsync(seed);
        var export = await new StoreExporter(sqlite.Get<Core.Curation.ICurationRepository>(), sqlite.Clock).ExportAsync();

        var imported = await new StoreImporter(_a.Get<Core.Curation.ICurationRepository>(), _a.Clock).ImportAsync(export.Json, TestData.Admin);

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var from = await sqlite.Get<IFactStore>().GetActiveFactsAsync();
        var to = await _a.Get<IFactStore>().GetActiveFactsAsync();
        Assert.Equal(seed.Facts.Count, to.Count);
        Assert.Equal(from.Select(f => (f.Id, f.Answer, string.Join("|", f.Quotes), string.Join(",", f.Tags))),
            to.Select(f => (f.Id, f.Answer, string.Join("|", f.Quotes), string.Join(",", f.Tags))));
        Assert.Equal((await sqlite.Get<IFactStore>().GetSourcesAsync()).Select(s => s.Text), (await _a.Get<IFactStore>().GetSourcesAsync()).Select(s => s.Text));
        Assert.Equal((await sqlite.Get<IFactStore>().GetSynonymGroupsAsync()).Count, (await _a.Get<IFactStore>().GetSynonymGroupsAsync()).Count);
    }
}
