using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Storage;
using ChatBot.Storage.Alerts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>A migrated SQLite file in its own temp folder, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "chatbot-alerts-" + Guid.NewGuid().ToString("N"));
        Database = new SqliteDatabase(Path.Combine(Folder, "test.db"));
        Database.Migrate();
    }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    public string DatabasePath => Database.Path;

    public static readonly Source Source = new("src-1", "Talks resume in Geneva", "Example News", "https://example.org/a", new DateOnly(2025, 11, 23), "Full text.");

    public static Fact NewFact(string id = "death-toll", string answer = "At least 40 people were killed.", params string[] tags) => new(
        Id: id,
        Question: "How many people were killed?",
        Alternates: [],
        Answer: answer,
        Quotes: [new Quote(Source.Id, "at least 40 people were killed")],
        Tags: tags.Length == 0 ? ["casualties"] : tags,
        AsOf: new DateOnly(2025, 11, 23),
        CreatedAt: DateTimeOffset.UnixEpoch,
        UpdatedAt: DateTimeOffset.UnixEpoch);

    /// <summary>Stores the fact as a seed would (no alert), so a later change has a "before".</summary>
    public void SeedFact(Fact fact)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        if (AlertRows.Scalar(c, tx, "SELECT COUNT(*) FROM sources WHERE id = $id", ("$id", Source.Id)) is 0L)
        {
            FactWriter.InsertSource(c, tx, Source, "seed", DateTimeOffset.UnixEpoch);
        }
        FactWriter.Save(c, tx, fact, "seed", isNew: true);
        tx.Commit();
    }

    /// <summary>What curation does: the changed fact and its alert in one transaction.</summary>
    public long? ChangeFact(Fact before, Fact after, DateTimeOffset at, bool commit = true)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction(deferred: false);
        FactWriter.Save(c, tx, after, "edit", isNew: false);
        var id = AlertOutboxWriter.EnqueueFactChange(c, tx, before, after, "tg:1 Admin", at);
        if (commit)
        {
            tx.Commit();
        }
        else
        {
            tx.Rollback();
        }
        return id;
    }

    public void Subscribe(IEnumerable<long> chatIds, params string[] tags)
    {
        var store = new SqliteSubscriptionStore(Database, TimeProvider.System);
        foreach (var chat in chatIds)
        {
            store.SubscribeAsync(chat, tags).GetAwaiter().GetResult();
        }
    }

    public long Count(string sql, params (string, object?)[] parameters)
    {
        using var c = Database.Open();
        return (long)AlertRows.Scalar(c, null, sql, parameters)!;
    }

    public int Execute(string sql, params (string, object?)[] parameters)
    {
        using var c = Database.Open();
        return AlertRows.Execute(c, null, sql, parameters);
    }

    public Dictionary<DeliveryState, int> StateCounts()
    {
        var counts = Enum.GetValues<DeliveryState>().ToDictionary(s => s, _ => 0);
        using var c = Database.Open();
        using var command = AlertRows.Command(c, null, "SELECT state, COUNT(*) FROM deliveries GROUP BY state");
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            counts[AlertRows.ParseState(r.GetString(0))] = r.GetInt32(1);
        }
        return counts;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold the file for a moment; the temp folder is cleaned by the OS anyway.
        }
    }
}
