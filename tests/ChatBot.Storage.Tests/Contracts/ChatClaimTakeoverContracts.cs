using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IChatClaims when a holder outlives its lease: what its late finish, failure or hand-back does to a takeover.</summary>
public abstract partial class ChatClaimsContract
{
    /// <summary>Finishes <paramref name="claimed"/> the way <paramref name="how"/> names, as the runner does.</summary>
    private static async Task<ClaimFinish> FinishAsync(IChatClaims claims, InboxEntry claimed, string how) => how switch
    {
        "complete" => await claims.CompleteAsync(claimed),
        "complete and claim next" => (await claims.CompleteAndClaimNextAsync(claimed)).Finish,
        "complete keeping the chat" => (await claims.CompleteAndClaimNextAsync(claimed, sameChatFirst: true)).Finish,
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };

    /// <summary>
    /// This caller claims update 1 and stalls past its lease; <paramref name="taker"/> (by default another caller) then
    /// takes the chat over, beginning the update's second attempt.
    /// </summary>
    protected async Task<(InboxEntry Stalled, InboxEntry Taken)> StallAndTakeOverAsync(IChatClaims? taker = null)
    {
        var stalled = await NextAsync();
        Advance(TimeSpan.FromMinutes(6));
        var taken = await (taker ?? OtherCaller).ClaimAndBeginAsync(1) is [var t, ..] ? t : null;
        Assert.Equal((1L, 1, 1L, 2), (stalled?.UpdateId, stalled?.Attempts, taken?.UpdateId, taken?.Attempts));
        return (stalled!, taken!);
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("complete and claim next")]
    [InlineData("complete keeping the chat")]
    public async Task A_finish_by_the_caller_that_holds_the_claim_reports_it_held_also_when_its_lease_ran_out_unnoticed(string how)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 20, Now), Message(3, 10, Now)]);
        var first = await NextAsync();
        var second = await NextAsync();
        Assert.Equal((1L, 2L), (first?.UpdateId, second?.UpdateId));

        var normal = await FinishAsync(Claims, first!, how);
        Advance(TimeSpan.FromMinutes(6)); // nobody else asks meanwhile, so nobody else can have started it
        var late = await FinishAsync(Claims, second!, how);

        Assert.Equal((ClaimFinish.Held, ClaimFinish.Held), (normal, late));
        Assert.DoesNotContain(await Stores.Get<IUpdateInbox>().GetPendingAsync(10), e => e.UpdateId is 1 or 2);
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("complete and claim next")]
    [InlineData("complete keeping the chat")]
    public async Task A_finish_after_the_lease_ran_out_and_another_caller_took_the_chat_over_reports_lapsed_and_the_takers_finish_held(string how)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync();

        var late = await FinishAsync(Claims, stalled, how);
        var whileTheTakerHoldsIt = await NextAsync();
        var takers = await OtherCaller.CompleteAndClaimNextAsync(taken);
        var chatsNext = await OtherCaller.CompleteAsync(takers.Next!);

        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Null(whileTheTakerHoldsIt);
        Assert.Equal((ClaimFinish.Held, 2L, ClaimFinish.Held), (takers.Finish, takers.Next?.UpdateId, chatsNext));
        Assert.Null(await NextAsync());
        Assert.Empty(await Stores.Get<IUpdateInbox>().GetPendingAsync(10));
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("complete and claim next")]
    [InlineData("complete keeping the chat")]
    public async Task A_finish_of_an_update_another_caller_took_over_and_finished_already_reports_it_already_done(string how)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync();

        var takers = await OtherCaller.CompleteAsync(taken);
        var late = await FinishAsync(Claims, stalled, how);

        Assert.Equal((ClaimFinish.Held, ClaimFinish.AlreadyDone), (takers, late));
        Assert.Equal([2L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
    }

    [Fact]
    public async Task A_failure_or_release_by_a_holder_whose_chat_another_caller_took_over_leaves_the_update_and_claim_to_the_taker()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync();

        var late = await Claims.FailAsync(stalled, "the late holder's handler threw");
        await Claims.ReleaseAsync(stalled);

        var whileTheTakerHoldsIt = await NextAsync();
        await OtherCaller.ReleaseAsync(taken);
        var afterTheTakerStopped = await NextAsync();

        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Null(whileTheTakerHoldsIt);
        Assert.Equal((1L, 3), (afterTheTakerStopped?.UpdateId, afterTheTakerStopped?.Attempts));
    }

    [Fact]
    public async Task A_failure_by_a_holder_whose_chat_was_taken_over_and_handed_back_leaves_the_update_pending_and_reports_lapsed()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync();
        await OtherCaller.ReleaseAsync(taken);

        var late = await Claims.FailAsync(stalled, "the late holder's handler threw");

        var again = await NextAsync();
        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Equal((1L, 3), (again?.UpdateId, again?.Attempts));
    }

    [Fact]
    public async Task A_failure_by_the_holder_whose_lease_ran_out_unnoticed_sets_the_update_aside_frees_its_chat_and_reports_it_held()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var first = await NextAsync();
        Advance(TimeSpan.FromMinutes(6)); // nobody else asks meanwhile

        var failed = await Claims.FailAsync(first!, "handler threw");

        Assert.Equal(ClaimFinish.Held, failed);
        Assert.Equal([2L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
        Assert.Equal(2L, (await NextAsync())?.UpdateId);
    }
}

/// <summary>A takeover by another worker of the same replica: the same name, another attempt.</summary>
public sealed partial class PostgresChatClaimsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_finish_after_another_worker_of_the_same_replica_took_the_chat_over_reports_lapsed_and_leaves_it_that_workers_claim(bool sameChatFirst)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync(Claims);

        var late = await Claims.CompleteAndClaimNextAsync(stalled, sameChatFirst);
        var whileTheTakerHoldsIt = await NextAsync();
        var takers = await Claims.CompleteAndClaimNextAsync(taken, sameChatFirst);

        Assert.Equal((ClaimFinish.Lapsed, null), (late.Finish, late.Next));
        Assert.Null(whileTheTakerHoldsIt);
        Assert.Equal((ClaimFinish.Held, 2L), (takers.Finish, takers.Next?.UpdateId));
    }

    [Fact]
    public async Task A_failure_or_release_after_another_worker_of_the_same_replica_took_the_chat_over_leaves_it_that_workers_claim()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var (stalled, taken) = await StallAndTakeOverAsync(Claims);

        var late = await Claims.FailAsync(stalled, "the late worker's handler threw");
        await Claims.ReleaseAsync(stalled);

        Assert.Equal(ClaimFinish.Lapsed, late);
        Assert.Null(await NextAsync());
        Assert.True(await Claims.RenewAsync(taken));
        var takers = await Claims.CompleteAndClaimNextAsync(taken);
        Assert.Equal((ClaimFinish.Held, 2L), (takers.Finish, takers.Next?.UpdateId));
    }

    [Fact]
    public async Task A_claim_taken_over_after_its_lease_is_not_kept_by_the_late_holder()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);
        Stores.Clock.Advance(TimeSpan.FromMinutes(6));
        await using (var other = await ((PostgresStoreSet)Stores).Database.OpenAsync())
        {
            // Another replica takes the chat over once the lease ended.
            await using var takeOver = new Npgsql.NpgsqlCommand("UPDATE chat_claims SET claimed_by = 'other', claimed_until = claimed_until + interval '1 hour' WHERE update_id = 1", other);
            await takeOver.ExecuteNonQueryAsync();
        }

        var next = (await Claims.CompleteAndClaimNextAsync(first!, sameChatFirst: true)).Next;

        Assert.Null(next);
        Assert.Equal([2L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
    }
}
