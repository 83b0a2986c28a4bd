using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Contracts;
using ChatBot.Storage.Tests.Support;
using Npgsql;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>A stale holder's finish that has to wait for a takeover still being committed (PostgreSQL row locks).</summary>
[Collection(OnPostgres.Name)]
public sealed class ClaimFinishRaceTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly PostgresStoreSet _store = new(cluster);

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stale_finish_that_waits_for_a_takeover_by_its_own_replica_reports_lapsed_and_leaves_the_takers_claim(bool sameChatFirst)
    {
        var now = _store.Clock.GetUtcNow();
        await _store.Get<IUpdateInbox>().AddAsync([ChatClaimsContract.Message(1, 10, now), ChatClaimsContract.Message(2, 10, now)]);
        var claims = _store.Get<IChatClaims>();
        var stalled = (await claims.ClaimAndBeginAsync(1)).Single();
        await using var taker = await _store.Database.OpenAsync();
        await using var takeover = await taker.BeginTransactionAsync();
        // Another worker of the same replica takes the update over (a new attempt, the same name), as a claim does:
        // the update's row first, then the chat's claim; not yet committed.
        await ExecuteAsync(taker, takeover, "UPDATE telegram_inbox SET attempts = attempts + 1, claimed_until = '2100-01-01' WHERE update_id = 1");
        await ExecuteAsync(taker, takeover, "UPDATE chat_claims SET claimed_until = '2100-01-01' WHERE update_id = 1");

        var finish = claims.CompleteAndClaimNextAsync(stalled, sameChatFirst);
        await WaitUntilAsync(async () => await _store.CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0);
        await takeover.CommitAsync();
        var late = await finish.WaitAsync(Patience);

        Assert.Equal((ClaimFinish.Lapsed, null), (late.Finish, late.Next));
        Assert.Equal(1, await _store.CountAsync("SELECT count(*) FROM chat_claims WHERE update_id = 1 AND claimed_until = '2100-01-01'"));
        Assert.Empty(await claims.ClaimAndBeginAsync(1));
    }

    [Fact]
    public async Task A_stale_failure_that_waits_for_a_takeover_reports_lapsed_and_neither_fails_the_update_nor_frees_the_takers_claim()
    {
        var now = _store.Clock.GetUtcNow();
        await _store.Get<IUpdateInbox>().AddAsync([ChatClaimsContract.Message(1, 10, now)]);
        var claims = _store.Get<IChatClaims>();
        var stalled = (await claims.ClaimAndBeginAsync(1)).Single();
        await using var taker = await _store.Database.OpenAsync();
        await using var takeover = await taker.BeginTransactionAsync();
        await ExecuteAsync(taker, takeover, "UPDATE telegram_inbox SET attempts = attempts + 1, claimed_until = '2100-01-01' WHERE update_id = 1");
        await ExecuteAsync(taker, takeover, "UPDATE chat_claims SET claimed_by = 'replica-b', claimed_until = '2100-01-01' WHERE update_id = 1");

        var failure = claims.FailAsync(stalled, "the stale holder's handler threw");
        await WaitUntilAsync(async () => await _store.CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0);
        await takeover.CommitAsync();
        var late = await failure.WaitAsync(Patience);

        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Equal(1, await _store.CountAsync("SELECT count(*) FROM telegram_inbox WHERE update_id = 1 AND state = 'pending' AND attempts = 2 AND error IS NULL"));
        Assert.Equal(1, await _store.CountAsync("SELECT count(*) FROM chat_claims WHERE update_id = 1 AND claimed_by = 'replica-b' AND claimed_until = '2100-01-01'"));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }


    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
