using ChatBot.Core.Conversations;
using ChatBot.Options;
using ChatBot.Privacy;
using ChatBot.Storage;
using ChatBot.Storage.Conversations;
using ChatBot.Storage.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>The daily prune keeps Privacy:QuestionLogDays of questions, on an injected clock.</summary>
public sealed class QuestionLogPrunerTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatbot-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;

    public QuestionLogPrunerTests()
    {
        Directory.CreateDirectory(_directory);
        _database = new SqliteDatabase(Path.Combine(_directory, "chatbot.db"));
        _database.Migrate();
    }

    [Fact]
    public async Task Questions_older_than_the_retention_are_deleted_at_start_and_then_every_day()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var log = new SqliteQuestionLog(_database);
        await log.RecordAsync(Question(1, time.GetUtcNow().AddDays(-91)));
        await log.RecordAsync(Question(2, time.GetUtcNow().AddDays(-89.5)));
        await log.RecordAsync(Question(3, time.GetUtcNow()));
        var pruner = new QuestionLogPruner(new SqlitePrivacyStore(_database), time,
            Microsoft.Extensions.Options.Options.Create(new PrivacyOptions { QuestionLogDays = 90 }), NullLogger<QuestionLogPruner>.Instance);

        await pruner.StartAsync(CancellationToken.None);
        await WaitForAsync(async () => (await log.GetUnansweredAsync(10)).Count == 2);
        time.Advance(QuestionLogPruner.Period);
        await WaitForAsync(async () => (await log.GetUnansweredAsync(10)).Count == 1);
        await pruner.StopAsync(CancellationToken.None);

        Assert.Equal(3, (await log.GetUnansweredAsync(10)).Single().Record.UpdateId);
        pruner.Dispose();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static QuestionRecord Question(long updateId, DateTimeOffset at) =>
        new(updateId, at, 1, 1, "private", "q" + updateId, false, null, 0.1, []);

    private static Task WaitForAsync(Func<Task<bool>> condition) =>
        Eventually.TrueAsync(condition, BotHarness.Patience, "the prune");
}
