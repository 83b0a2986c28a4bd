using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;
using Npgsql;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IChatClaims when a holder outlives its lease and then fails: what its late failure reports.</summary>
public abstract partial class ChatClaimsContract
{
    [Fact]
    public async Task A_failure_after_another_caller_took_the_chat_over_reports_lapsed_and_leaves_the_takers_update_as_it_was()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync();
        var before = await Stores.Get<IUpdateInbox>().GetPendingAsync(10);

        var late = await Claims.FailAsync(stalled, "the late holder's handler threw");

        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Equal(before, await Stores.Get<IUpdateInbox>().GetPendingAsync(10));
        Assert.Null(await NextAsync());
        Assert.True(await OtherCaller.RenewAsync(taken));
        var takers = await OtherCaller.CompleteAndClaimNextAsync(taken);
        Assert.Equal((ClaimFinish.Held, 2L), (takers.Finish, takers.Next?.UpdateId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failure_after_the_caller_that_took_the_chat_over_finished_the_update_reports_it_already_done(bool takerFailedIt)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync();
        var takers = takerFailedIt ? await OtherCaller.FailAsync(taken, "the taker's handler threw") : await OtherCaller.CompleteAsync(taken);

        var late = await Claims.FailAsync(stalled, "the late holder's handler threw");

        Assert.Equal((ClaimFinish.Held, ClaimFinish.AlreadyDone), (takers, late));
        Assert.Equal([2L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
        Assert.Equal(2L, (await NextAsync())?.UpdateId);
    }
}

/// <summary>The rows a late failure must leave alone, read as they are stored.</summary>
public sealed partial class PostgresChatClaimsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_late_failure_changes_neither_the_takers_update_row_nor_its_chat_claim(bool takenByTheSameReplica)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, _) = await StallAndTakeOverAsync(takenByTheSameReplica ? Claims : null);
        var before = await RowsOfUpdateAsync(1);
        Assert.Contains($"pending,2,,,{(takenByTheSameReplica ? "replica-a" : "replica-b")},", before, StringComparison.Ordinal);

        var late = await Claims.FailAsync(stalled, "the late holder's handler threw");

        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Equal(before, await RowsOfUpdateAsync(1));
    }

    /// <summary>The update's row and its chat's claim, every column a finish, failure or claim writes.</summary>
    private async Task<string> RowsOfUpdateAsync(long updateId)
    {
        await using var c = await ((PostgresStoreSet)Stores).Database.OpenAsync();
        await using var read = new NpgsqlCommand("""
            SELECT ROW(i.state, i.attempts, i.error, i.finished_at, i.claimed_by, i.claimed_until,
                       k.chat_key, k.update_id, k.claimed_by, k.claimed_until)::text
            FROM telegram_inbox i LEFT JOIN chat_claims k ON k.update_id = i.update_id
            WHERE i.update_id = @id
            """, c);
        read.Parameters.AddWithValue("id", updateId);
        return (string?)await read.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No update {updateId}.");
    }
}
