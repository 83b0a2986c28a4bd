using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IChatClaims.</summary>
public abstract class ChatClaimsContract(StoreSet stores) : StoreContract(stores)
{
    protected IChatClaims Claims => Stores.Get<IChatClaims>();

    /// <summary>Another caller of the same store: on SQLite the same process (its claims live in memory), on PostgreSQL another replica.</summary>
    protected virtual IChatClaims OtherCaller => Claims;

    protected async Task<InboxEntry?> NextAsync() => await Claims.ClaimAndBeginAsync(1) is [var next, ..] ? next : null;

    /// <summary>Moves time on for every caller alike.</summary>
    protected virtual void Advance(TimeSpan by) => Stores.Clock.Advance(by);

    /// <summary>Finishes <paramref name="claimed"/> the way <paramref name="how"/> names, as the runner does.</summary>
    private static async Task<ClaimFinish> FinishAsync(IChatClaims claims, InboxEntry claimed, string how) => how switch
    {
        "complete" => await claims.CompleteAsync(claimed),
        "complete and claim next" => (await claims.CompleteAndClaimNextAsync(claimed)).Finish,
        "complete keeping the chat" => (await claims.CompleteAndClaimNextAsync(claimed, sameChatFirst: true)).Finish,
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };

    /// <summary>A Bot API update of a text message in <paramref name="chat"/>.</summary>
    public static InboxUpdate Message(long updateId, long chat, DateTimeOffset at) =>
        new(updateId, "Message", $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":0,"chat":{"id":{{{chat}}},"type":"private"},"text":"q"}}""", at);

    [Fact]
    public async Task A_chats_updates_are_handed_out_in_order_one_at_a_time_while_other_chats_go_meanwhile()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now), Message(3, 20, Now), Message(4, 10, Now)]);

        var first = await NextAsync();
        var third = await NextAsync();
        Assert.Equal((1L, 3L), (first?.UpdateId, third?.UpdateId));
        Assert.Null(await NextAsync());
        await Claims.CompleteAsync(first!);
        var second = await NextAsync();
        Assert.Equal(2L, second?.UpdateId);
        await Claims.CompleteAsync(third!);
        Assert.Null(await NextAsync());
        await Claims.FailAsync(second!, "handler threw");
        Assert.Equal(4L, (await NextAsync())?.UpdateId);
        Assert.Equal([4L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
    }

    [Fact]
    public async Task Completing_an_update_can_take_the_next_free_one_counting_its_start_and_the_chats_order_holds()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now), Message(3, 20, Now)]);
        var first = await NextAsync();
        var third = await NextAsync();
        Assert.Equal((1L, 3L), (first?.UpdateId, third?.UpdateId));

        var afterFirst = (await Claims.CompleteAndClaimNextAsync(first!)).Next;
        var afterSecond = (await Claims.CompleteAndClaimNextAsync(afterFirst!)).Next;
        var afterThird = (await Claims.CompleteAndClaimNextAsync(third!)).Next;

        Assert.Equal((2L, 1), (afterFirst?.UpdateId, afterFirst?.Attempts));
        Assert.Null(afterSecond);
        Assert.Null(afterThird);
        Assert.Empty(await Stores.Get<IUpdateInbox>().GetPendingAsync(10));
    }

    [Fact]
    public async Task A_claim_lasts_its_lease_renewing_extends_it_and_an_expired_one_is_taken_over()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);

        Stores.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await Claims.RenewAsync(first!));
        Stores.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await NextAsync());
        Stores.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await Claims.RenewAsync(first!));

        var taken = await NextAsync();
        Assert.Equal(1L, taken?.UpdateId);
        Assert.Null(await NextAsync());
        // The late holder's renewal, under the same name, does not extend the claim the takeover began.
        Assert.False(await Claims.RenewAsync(first!));
        Assert.True(await Claims.RenewAsync(taken!));
    }

    [Fact]
    public async Task A_released_claim_leaves_the_update_pending_for_the_next_caller()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);

        await Claims.ReleaseAsync(first!);

        var again = await NextAsync();
        Assert.Equal(1L, again?.UpdateId);
        await Claims.CompleteAsync(again!);
        Assert.Equal(2L, (await NextAsync())?.UpdateId);
    }

    [Fact]
    public async Task Claiming_several_at_once_takes_the_oldest_update_of_each_free_chat_and_counts_an_attempt_for_each()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now), Message(3, 20, Now), Message(4, 30, Now), Message(5, 40, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);

        var claimed = await Claims.ClaimAndBeginAsync(8);

        Assert.Equal([3L, 4L, 5L], claimed.Select(e => e.UpdateId));
        Assert.All(claimed, e => Assert.Equal(1, e.Attempts));
        Assert.Empty(await Claims.ClaimAndBeginAsync(8));
        await Claims.CompleteAsync(first!);
        Assert.Equal([2L], (await Claims.ClaimAndBeginAsync(8)).Select(e => e.UpdateId));
        await Claims.ReleaseAsync(claimed[0]);
        Assert.Equal(2, (await Claims.ClaimAndBeginAsync(1)).Single(e => e.UpdateId == 3).Attempts);
    }

    [Fact]
    public async Task A_restarted_holder_frees_its_own_claims_at_once_instead_of_waiting_out_their_lease()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 20, Now), Message(3, 10, Now)]);
        Assert.Equal(1L, (await NextAsync())?.UpdateId);
        Assert.Equal(2L, (await NextAsync())?.UpdateId);
        Assert.Null(await NextAsync());

        Assert.Equal(2, await Claims.ReleaseHeldAsync());

        Assert.Equal(1L, (await NextAsync())?.UpdateId);
        Assert.Equal(2L, (await NextAsync())?.UpdateId);
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
        var stalled = await NextAsync();
        Advance(TimeSpan.FromMinutes(6));
        var taken = await OtherCaller.ClaimAndBeginAsync(1) is [var t, ..] ? t : null;
        Assert.Equal((1L, 1L), (stalled?.UpdateId, taken?.UpdateId));

        var late = await FinishAsync(Claims, stalled!, how);
        var whileTheTakerHoldsIt = await NextAsync();
        var takers = await OtherCaller.CompleteAndClaimNextAsync(taken!);
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
        var stalled = await NextAsync();
        Advance(TimeSpan.FromMinutes(6));
        var taken = await OtherCaller.ClaimAndBeginAsync(1) is [var t, ..] ? t : null;
        Assert.Equal((1L, 1L), (stalled?.UpdateId, taken?.UpdateId));

        var takers = await OtherCaller.CompleteAsync(taken!);
        var late = await FinishAsync(Claims, stalled!, how);

        Assert.Equal((ClaimFinish.Held, ClaimFinish.AlreadyDone), (takers, late));
        Assert.Equal([2L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
    }

    [Fact]
    public async Task A_failure_or_release_by_a_holder_whose_chat_another_caller_took_over_leaves_the_update_and_claim_to_the_taker()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var stalled = await NextAsync();
        Advance(TimeSpan.FromMinutes(6));
        var taken = await OtherCaller.ClaimAndBeginAsync(1) is [var t, ..] ? t : null;
        Assert.Equal((1L, 1L), (stalled?.UpdateId, taken?.UpdateId));

        await Claims.FailAsync(stalled!, "the late holder's handler threw");
        await Claims.ReleaseAsync(stalled!);

        var whileTheTakerHoldsIt = await NextAsync();
        await OtherCaller.ReleaseAsync(taken!);
        var afterTheTakerStopped = await NextAsync();

        Assert.Null(whileTheTakerHoldsIt);
        Assert.Equal((1L, 3), (afterTheTakerStopped?.UpdateId, afterTheTakerStopped?.Attempts));
    }

    [Fact]
    public async Task A_failure_by_the_holder_whose_lease_ran_out_unnoticed_sets_the_update_aside_and_frees_its_chat()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var first = await NextAsync();
        Advance(TimeSpan.FromMinutes(6)); // nobody else asks meanwhile

        await Claims.FailAsync(first!, "handler threw");

        Assert.Equal([2L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
        Assert.Equal(2L, (await NextAsync())?.UpdateId);
    }
}

public sealed class SqliteChatClaimsTests() : ChatClaimsContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresChatClaimsTests(PostgresCluster cluster) : ChatClaimsContract(new PostgresStoreSet(cluster))
{
    private PostgresStoreSet? _other;

    protected override IChatClaims OtherCaller => Other.Get<IChatClaims>();

    private PostgresStoreSet Other => _other ??= ((PostgresStoreSet)Stores).Replica("replica-b");

    protected override void Advance(TimeSpan by)
    {
        Stores.Clock.Advance(by);
        Other.Clock.SetUtcNow(Stores.Clock.GetUtcNow());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _other?.Dispose();
        }
        base.Dispose(disposing);
    }

    [Fact]
    public async Task Finishing_with_the_chat_kept_hands_out_the_chats_next_update_in_order_and_no_other_chat_with_it()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 20, Now), Message(3, 10, Now), Message(4, 10, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);

        var kept = (await Claims.CompleteAndClaimNextAsync(first!, sameChatFirst: true)).Next;
        var others = await Claims.ClaimAndBeginAsync(8);
        var keptAgain = (await Claims.CompleteAndClaimNextAsync(kept!, sameChatFirst: true)).Next;
        var afterLast = (await Claims.CompleteAndClaimNextAsync(keptAgain!, sameChatFirst: true)).Next;

        Assert.Equal((3L, 1), (kept?.UpdateId, kept?.Attempts));
        Assert.Equal([2L], others.Select(e => e.UpdateId));
        Assert.Equal(4L, keptAgain?.UpdateId);
        Assert.Null(afterLast);
        Assert.Null((await Claims.CompleteAndClaimNextAsync(others[0], sameChatFirst: true)).Next);
        Assert.Empty(await Stores.Get<IUpdateInbox>().GetPendingAsync(10));
    }

    [Fact]
    public async Task Finishing_with_the_chat_kept_takes_the_oldest_free_chat_when_its_own_has_nothing_more()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 20, Now), Message(3, 30, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);

        var next = (await Claims.CompleteAndClaimNextAsync(first!, sameChatFirst: true)).Next;

        Assert.Equal((2L, 1), (next?.UpdateId, next?.Attempts));
        Assert.Equal([3L], (await Claims.ClaimAndBeginAsync(8)).Select(e => e.UpdateId));
    }

    [Fact]
    public async Task An_answer_message_remembered_while_its_update_is_handled_is_written_with_the_updates_finish()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);
        var answers = Stores.Get<IAnswerMessages>();
        await using var hold = Claims.HoldRecords(1);

        await answers.RememberAsync(10, 1, 99, 7, Now);
        var beforeFinish = await answers.FindAsync(10, 1);
        var next = (await Claims.CompleteAndClaimNextAsync(first!, sameChatFirst: true)).Next;

        Assert.Null(beforeFinish);
        Assert.Equal(99, await answers.FindAsync(10, 1));
        Assert.Equal(2L, next?.UpdateId);
    }

    [Fact]
    public async Task An_answer_message_held_for_an_update_cut_short_is_written_when_the_hold_ends()
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now)]);
        var first = await NextAsync();
        Assert.Equal(1L, first?.UpdateId);
        var answers = Stores.Get<IAnswerMessages>();
        var hold = Claims.HoldRecords(1);
        await answers.RememberAsync(10, 1, 99, 7, Now);
        await Claims.ReleaseAsync(first!);

        await hold.DisposeAsync();

        Assert.Equal(99, await answers.FindAsync(10, 1));
        Assert.Equal([1L], (await Stores.Get<IUpdateInbox>().GetPendingAsync(10)).Select(e => e.UpdateId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_finish_after_another_worker_of_the_same_replica_took_the_chat_over_reports_lapsed_and_leaves_it_that_workers_claim(bool sameChatFirst)
    {
        await Stores.Get<IUpdateInbox>().AddAsync([Message(1, 10, Now), Message(2, 10, Now)]);
        var stalled = await NextAsync();
        Stores.Clock.Advance(TimeSpan.FromMinutes(6));
        var taken = await NextAsync();
        Assert.Equal((1L, 1, 1L, 2), (stalled?.UpdateId, stalled?.Attempts, taken?.UpdateId, taken?.Attempts));

        var late = await Claims.CompleteAndClaimNextAsync(stalled!, sameChatFirst);
        var whileTheTakerHoldsIt = await NextAsync();
        var takers = await Claims.CompleteAndClaimNextAsync(taken!, sameChatFirst);

        Assert.Equal((ClaimFinish.Lapsed, null), (late.Finish, late.Next));
        Assert.Null(whileTheTakerHoldsIt);
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
