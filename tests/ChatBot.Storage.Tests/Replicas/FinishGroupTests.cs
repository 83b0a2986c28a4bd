using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Contracts;
using ChatBot.Storage.Tests.Support;
using Npgsql;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>
/// Finishes a replica's workers make while another finish is on its way are sent together: one transaction for them
/// all, and a batch that fails is sent again part by part, so only the part that cannot be written fails.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class FinishGroupTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly PostgresStoreSet _store = new(cluster);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Finishes_made_while_another_is_being_committed_are_committed_together_after_it()
    {
        var (first, second, third) = await ClaimThreeAsync();
        var claims = _store.Get<IChatClaims>();
        await using var holder = await _store.Database.OpenAsync();
        await using var blocker = await PostgresSql.LockAsync(holder, $"SELECT 1 FROM telegram_inbox WHERE update_id = {first.UpdateId} FOR UPDATE");

        var firstFinish = claims.CompleteAndClaimNextAsync(first, sameChatFirst: true);
        var secondFinish = claims.CompleteAndClaimNextAsync(second, sameChatFirst: true);
        var thirdFinish = claims.CompleteAndClaimNextAsync(third);
        var reportedEarly = secondFinish.IsCompleted || thirdFinish.IsCompleted;
        var doneEarly = await _store.CountAsync("SELECT count(*) FROM telegram_inbox WHERE state = 'done'");
        await blocker.RollbackAsync();
        var finished = await Task.WhenAll(firstFinish, secondFinish, thirdFinish).WaitAsync(Patience);

        Assert.False(reportedEarly, "a finish was reported before it was committed");
        Assert.Equal(0, doneEarly);
        Assert.All(finished, f => Assert.Equal((ClaimFinish.Held, null), (f.Finish, f.Next)));
        Assert.Equal(1, await _store.CountAsync($"SELECT count(DISTINCT xmin::text) FROM telegram_inbox WHERE update_id IN ({second.UpdateId}, {third.UpdateId})"));
        Assert.Equal(2, await _store.CountAsync($"SELECT count(DISTINCT xmin::text) FROM telegram_inbox WHERE update_id IN ({first.UpdateId}, {second.UpdateId})"));
        Assert.Equal(0, await _store.CountAsync("SELECT count(*) FROM chat_claims"));
    }

    [Fact]
    public async Task A_batch_of_finishes_that_fails_is_sent_again_one_by_one_so_only_the_failing_finish_fails()
    {
        var (first, second, third) = await ClaimThreeAsync();
        var claims = _store.Get<IChatClaims>();
        await _store.ExecuteAsync("""
            CREATE FUNCTION refuse_chat_666() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.chat_id = 666 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_chat_666 BEFORE INSERT ON answer_messages FOR EACH ROW EXECUTE FUNCTION refuse_chat_666();
            """);
        await using var holder = await _store.Database.OpenAsync();
        await using var blocker = await PostgresSql.LockAsync(holder, $"SELECT 1 FROM telegram_inbox WHERE update_id = {first.UpdateId} FOR UPDATE");

        var firstFinish = claims.CompleteAndClaimNextAsync(first);
        var secondFinish = FinishRememberingAsync(second, chatId: 20);
        var thirdFinish = FinishRememberingAsync(third, chatId: 666);
        await blocker.RollbackAsync();

        Assert.Equal(ClaimFinish.Held, (await firstFinish.WaitAsync(Patience)).Finish);
        Assert.Equal(ClaimFinish.Held, (await secondFinish.WaitAsync(Patience)).Finish);
        await Assert.ThrowsAsync<PostgresException>(() => thirdFinish.WaitAsync(Patience));
        Assert.Equal(1, await _store.CountAsync($"SELECT count(*) FROM telegram_inbox WHERE update_id = {second.UpdateId} AND state = 'done'"));
        Assert.Equal(1, await _store.CountAsync("SELECT count(*) FROM answer_messages WHERE chat_id = 20"));
        Assert.Equal(1, await _store.CountAsync($"SELECT count(*) FROM telegram_inbox WHERE update_id = {third.UpdateId} AND state = 'pending'"));
        Assert.Equal(1, await _store.CountAsync($"SELECT count(*) FROM chat_claims WHERE update_id = {third.UpdateId}"));
    }

    [Fact]
    public async Task A_group_of_finishes_claims_once_after_them_all_one_update_for_each_finish_that_did_not_keep_its_chat()
    {
        var now = _store.Clock.GetUtcNow();
        var claims = _store.Get<IChatClaims>();
        await _store.Get<IUpdateInbox>().AddAsync([
            ChatClaimsContract.Message(1, 10, now), ChatClaimsContract.Message(2, 20, now), ChatClaimsContract.Message(3, 30, now),
            ChatClaimsContract.Message(4, 10, now), ChatClaimsContract.Message(5, 40, now), ChatClaimsContract.Message(6, 50, now)]);
        var claimed = await claims.ClaimAndBeginAsync(3);
        Assert.Equal([1L, 2L, 3L], claimed.Select(c => c.UpdateId));
        await using var holder = await _store.Database.OpenAsync();
        await using var blocker = await PostgresSql.LockAsync(holder, "SELECT 1 FROM telegram_inbox WHERE update_id = 1 FOR UPDATE");

        var keeping = claims.CompleteAndClaimNextAsync(claimed[0], sameChatFirst: true);
        var keepingNothing = claims.CompleteAndClaimNextAsync(claimed[1], sameChatFirst: true);
        var claimingOn = claims.CompleteAndClaimNextAsync(claimed[2]);
        await blocker.RollbackAsync();
        var finished = await Task.WhenAll(keeping, keepingNothing, claimingOn).WaitAsync(Patience);

        Assert.All(finished, f => Assert.Equal(ClaimFinish.Held, f.Finish));
        Assert.Equal([4L, 5L, 6L], finished.Select(f => f.Next?.UpdateId));
        Assert.Equal(1, await _store.CountAsync("SELECT count(DISTINCT xmin::text) FROM telegram_inbox WHERE update_id IN (2, 3, 5, 6)"));
        Assert.Equal(3, await _store.CountAsync("SELECT count(*) FROM chat_claims WHERE update_id IN (4, 5, 6) AND claimed_by IS NOT NULL"));
        Assert.Equal(3, await _store.CountAsync("SELECT count(*) FROM chat_claims"));
    }

    private async Task<FinishedAndNext> FinishRememberingAsync(InboxEntry claimed, long chatId)
    {
        var claims = _store.Get<IChatClaims>();
        await using var records = claims.HoldRecords(claimed.UpdateId);
        await _store.Get<IAnswerMessages>().RememberAsync(chatId, 1, 2, null, _store.Clock.GetUtcNow());
        return await claims.CompleteAndClaimNextAsync(claimed);
    }

    private async Task<(InboxEntry, InboxEntry, InboxEntry)> ClaimThreeAsync()
    {
        var now = _store.Clock.GetUtcNow();
        await _store.Get<IUpdateInbox>().AddAsync([ChatClaimsContract.Message(1, 10, now), ChatClaimsContract.Message(2, 20, now), ChatClaimsContract.Message(3, 30, now)]);
        var claimed = await _store.Get<IChatClaims>().ClaimAndBeginAsync(3);
        Assert.Equal(3, claimed.Count);
        return (claimed[0], claimed[1], claimed[2]);
    }
}
