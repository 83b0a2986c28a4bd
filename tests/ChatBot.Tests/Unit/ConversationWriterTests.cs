using ChatBot.Core.Conversations;
using ChatBot.Storage;
using ChatBot.Storage.Conversations;

namespace ChatBot.Tests.Unit;

/// <summary>Group commit of the conversation writes: concurrent writes share transactions, each caller sees only its own outcome.</summary>
public sealed class ConversationWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatbot-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _db;

    public ConversationWriterTests()
    {
        _db = new SqliteDatabase(Path.Combine(_directory, "w.db"));
        _db.Migrate();
    }

    [Fact]
    public async Task Concurrent_writes_from_many_threads_are_all_committed_and_each_caller_gets_its_own_result()
    {
        var inbox = new SqliteUpdateInbox(_db, TimeProvider.System);
        var log = new SqliteQuestionLog(_db);
        var now = DateTimeOffset.UtcNow;
        await inbox.AddAsync([.. Enumerable.Range(1, 200).Select(i => new InboxUpdate(i, "Message", "{}", now))]);

        var work = Enumerable.Range(1, 200).Select(i => Task.Run(async () =>
        {
            var attempts = await inbox.BeginAsync(i);
            var id = await log.RecordAsync(new QuestionRecord(i, now, i, i, "private", $"q{i}", i % 2 == 0, null, 0, []));
            await inbox.CompleteAsync(i);
            return (attempts, id);
        })).ToList();
        var results = await Task.WhenAll(work).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(results, r => Assert.Equal(1, r.attempts));
        Assert.Equal(200, results.Select(r => r.id).Distinct().Count());
        Assert.Empty(await inbox.GetPendingAsync(1000));
        Assert.Equal(100, (await log.GetUnansweredAsync(1000)).Count);
        foreach (var (i, result) in Enumerable.Range(1, 200).Zip(results))
        {
            Assert.Equal($"q{i}", (await log.GetAsync(result.id))!.Record.Question);
        }
    }

    [Fact]
    public async Task A_failing_write_fails_only_its_own_caller_even_when_it_shared_a_transaction()
    {
        var writer = ConversationWriter.For(_db);
        var inbox = new SqliteUpdateInbox(_db, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        // The first write holds the commit while the others queue up behind it, so they share the next transaction.
        var blocker = Task.Run(() => writer.WriteAsync(scope =>
        {
            started.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return scope.Command("SELECT 1").ExecuteScalar();
        }));
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)), "the first write never started");
        var good = inbox.AddAsync([new InboxUpdate(1, "Message", "{}", now)]);
        var bad = writer.WriteAsync<int>(scope => scope.Command("INSERT INTO no_such_table VALUES (1)").ExecuteNonQuery());
        var alsoGood = inbox.AddAsync([new InboxUpdate(2, "Message", "{}", now)]);
        release.Set();

        await blocker.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(await good.WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => bad.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(await alsoGood.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal([1L, 2L], (await inbox.GetPendingAsync(10)).Select(p => p.UpdateId));
    }

    [Fact]
    public async Task A_committer_returns_after_its_own_group_and_hands_later_writes_to_their_callers()
    {
        var writer = ConversationWriter.For(_db);
        var firstRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseSecond = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bound = TimeSpan.FromSeconds(30);
        var first = writer.WriteAsync(_ =>
        {
            firstRunning.SetResult();
            releaseFirst.Task.Wait(bound);
            return 1;
        });
        await firstRunning.Task.WaitAsync(bound);
        // Queued while the first group is being committed; its write then blocks until released.
        var second = writer.WriteAsync(_ => releaseSecond.Task.Wait(bound) ? 2 : -2);

        releaseFirst.SetResult();
        var firstResult = await first.WaitAsync(bound);
        var secondWaiting = !second.IsCompleted;
        releaseSecond.SetResult();

        Assert.Equal(1, firstResult);
        Assert.True(secondWaiting, "the first caller returned only after running the second caller's write");
        Assert.Equal(2, await second.WaitAsync(bound));
    }

    [Fact]
    public void The_stores_of_one_database_share_one_writer()
    {
        Assert.Same(ConversationWriter.For(_db), ConversationWriter.For(_db));
        Assert.NotSame(ConversationWriter.For(_db), ConversationWriter.For(new SqliteDatabase(Path.Combine(_directory, "other.db"))));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
