using ChatBot.Core.Conversations;
using ChatBot.Storage;
using ChatBot.Storage.Conversations;

namespace ChatBot.Tests.Unit;

/// <summary>The inbox and question log on a real SQLite file with the migrations applied.</summary>
public sealed class ConversationStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatbot-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _db;

    public ConversationStoreTests()
    {
        _db = new SqliteDatabase(Path.Combine(_directory, "c.db"));
        _db.Migrate();
    }

    [Fact]
    public async Task The_inbox_stores_each_update_once_and_resumes_pending_ones_with_the_offset_past_the_newest()
    {
        var inbox = new SqliteUpdateInbox(_db, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;

        var added = await inbox.AddAsync([new InboxUpdate(5, "Message", "{}", now), new InboxUpdate(6, "Message", "{}", now)]);
        var again = await inbox.AddAsync([new InboxUpdate(6, "Message", "{}", now), new InboxUpdate(7, "Message", "{}", now)]);
        Assert.Equal(1, await inbox.BeginAsync(5));
        await inbox.CompleteAsync(5);
        await inbox.FailAsync(6, "boom");

        Assert.Equal([5L, 6L], added.Select(a => a.UpdateId));
        Assert.Equal([7L], again.Select(a => a.UpdateId));
        Assert.Equal([7L], (await inbox.GetPendingAsync(10)).Select(p => p.UpdateId));
        Assert.Equal(8, await inbox.GetNextOffsetAsync());
        Assert.Equal(2, await inbox.PruneAsync(now.AddDays(1)));
        Assert.Equal(8, await inbox.GetNextOffsetAsync());
    }

    [Fact]
    public async Task A_question_is_logged_once_per_update_and_a_choice_is_recorded()
    {
        var log = new SqliteQuestionLog(_db);
        var record = new QuestionRecord(9, DateTimeOffset.UtcNow, 1, 1, "private", "kellogg?", false, null, 0, ["kellogg-reason"]);

        var id = await log.RecordAsync(record);
        Assert.Equal(id, await log.RecordAsync(record));
        Assert.False(await log.RecordChoiceAsync(id, 2, "kellogg-reason", DateTimeOffset.UtcNow));
        Assert.True(await log.RecordChoiceAsync(id, 1, "kellogg-reason", DateTimeOffset.UtcNow));

        var stored = Assert.Single(await log.GetUnansweredAsync(10));
        Assert.Equal(["kellogg-reason"], stored.Record.Alternatives);
        Assert.Equal("kellogg-reason", Assert.Single(await log.GetChosenAlternativesAsync(10)).ChosenFactId);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
