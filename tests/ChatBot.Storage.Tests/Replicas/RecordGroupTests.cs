using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;
using Npgsql;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>
/// Flood checks and question-log writes a replica's workers make while another is on its way are sent together: one
/// transaction for them all, and a batch that fails is sent again statement by statement.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class RecordGroupTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly PostgresStoreSet _store = new(cluster);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Records_made_while_another_is_being_written_are_written_together_after_it()
    {
        var flood = _store.Get<IFloodWindow>();
        var now = _store.Clock.GetUtcNow();
        await flood.CheckAsync(1, 10, now);
        await using var holder = await _store.Database.OpenAsync();
        await using var blocker = await PostgresSql.LockAsync(holder, $"SELECT 1 FROM flood_windows WHERE user_id = 1 FOR UPDATE");

        var blocked = flood.CheckAsync(1, 10, now);
        var second = flood.CheckAsync(2, 10, now);
        var logged = _store.Get<IQuestionLog>().RecordAsync(Question(7, "who leads the delegation?"));
        var reportedEarly = second.IsCompleted || logged.IsCompleted;
        await blocker.RollbackAsync();
        await Task.WhenAll(blocked, second, logged).WaitAsync(Patience);

        Assert.False(reportedEarly, "a record was reported before it was committed");
        Assert.Equal(FloodDecision.Allow, await second);
        Assert.Equal(1, await _store.CountAsync("""
            SELECT count(DISTINCT x) FROM (SELECT xmin::text AS x FROM flood_windows WHERE user_id = 2
                                          UNION ALL SELECT xmin::text FROM question_log WHERE update_id = 7) t
            """));
        Assert.Equal(2, await _store.CountAsync("SELECT count(DISTINCT xmin::text) FROM flood_windows"));
    }

    [Fact]
    public async Task A_batch_of_records_that_fails_is_written_again_one_by_one_so_only_the_failing_record_fails()
    {
        var flood = _store.Get<IFloodWindow>();
        var log = _store.Get<IQuestionLog>();
        var now = _store.Clock.GetUtcNow();
        await flood.CheckAsync(1, 10, now);
        await _store.ExecuteAsync("""
            CREATE FUNCTION refuse_question() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.question = 'refused' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_question BEFORE INSERT ON question_log FOR EACH ROW EXECUTE FUNCTION refuse_question();
            """);
        await using var holder = await _store.Database.OpenAsync();
        await using var blocker = await PostgresSql.LockAsync(holder, $"SELECT 1 FROM flood_windows WHERE user_id = 1 FOR UPDATE");

        var blocked = flood.CheckAsync(1, 10, now);
        var second = flood.CheckAsync(2, 10, now);
        var refused = log.RecordAsync(Question(8, "refused"));
        var kept = log.RecordAsync(Question(9, "who leads the delegation?"));
        await blocker.RollbackAsync();

        Assert.Equal(FloodDecision.Allow, await blocked.WaitAsync(Patience));
        Assert.Equal(FloodDecision.Allow, await second.WaitAsync(Patience));
        await Assert.ThrowsAsync<PostgresException>(() => refused.WaitAsync(Patience));
        var id = await kept.WaitAsync(Patience);
        Assert.Equal(id, await log.RecordAsync(Question(9, "who leads the delegation?")));
        Assert.Equal(0, await _store.CountAsync("SELECT count(*) FROM question_log WHERE update_id = 8"));
        Assert.Equal(2, await _store.CountAsync("SELECT count(*) FROM flood_windows"));
    }

    private QuestionRecord Question(long updateId, string text) =>
        new(updateId, _store.Clock.GetUtcNow(), 1, 1, "private", text, false, null, 0.25, []);
}
