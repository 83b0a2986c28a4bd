using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IChatClaims.</summary>
public abstract partial class ChatClaimsContract(StoreSet stores) : StoreContract(stores)
{
    protected IChatClaims Claims => Stores.Get<IChatClaims>();

    /// <summary>Another caller of the same store: on SQLite the same process (its claims live in memory), on PostgreSQL another replica.</summary>
    protected virtual IChatClaims OtherCaller => Claims;

    protected async Task<InboxEntry?> NextAsync() => await Claims.ClaimAndBeginAsync(1) is [var next, ..] ? next : null;

    /// <summary>Moves time on for every caller alike.</summary>
    protected virtual void Advance(TimeSpan by) => Stores.Clock.Advance(by);

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
}

public sealed class SqliteChatClaimsTests() : ChatClaimsContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed partial class PostgresChatClaimsTests(PostgresCluster cluster) : ChatClaimsContract(new PostgresStoreSet(cluster))
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
}
