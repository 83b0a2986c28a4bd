using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Core.Matching;
using ChatBot.Core.Seeding;
using ChatBot.Storage;
using ChatBot.Storage.Alerts;
using ChatBot.Storage.Conversations;
using ChatBot.Storage.Curation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Curation.Tests.Support;

/// <summary>A real SQLite file in a fresh temp folder, migrated, seeded from data/, with every curation use case wired.</summary>
internal sealed class CurationStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-curation-").FullName;

    public CurationStore(bool seed = true)
    {
        Database = new SqliteDatabase(Path.Combine(_folder, "test.db"));
        Database.Migrate();
        Store = new SqliteFactStore(Database);
        if (seed)
        {
            new SqliteCurationStore(Database, Time).SeedAsync(SeedLoader.Load(RepoPaths.Data)).GetAwaiter().GetResult();
        }
        Repository = new SqliteCurationRepository(Database, Time);
        Indexes = new MatchIndexProvider(Store);
        Answerer = new QuestionAnswerer(Store, Indexes, new Matcher(new MatcherOptions()));
        Rules = new FactRules(Repository);
        Sources = new SourceCuration(Repository);
        Facts = new FactCuration(Repository, Rules, Time);
        Lifecycle = new FactLifecycle(Repository, Rules, Time);
        Synonyms = new SynonymCuration(Repository, Store);
        Catalog = new FactCatalog(Repository);
        Exporter = new StoreExporter(Repository, Time);
        Importer = new StoreImporter(Repository, Time);
        QuestionLog = new SqliteQuestionLog(Database);
        Subscriptions = new SqliteSubscriptionStore(Database, Time);
        var insights = new SqliteQuestionInsights(Database);
        Unanswered = new UnansweredReport(insights, Repository, Answerer, Lifecycle, Facts);
        Stats = new CurationStats(insights, Repository, Store, Unanswered, Subscriptions);
    }

    public static Actor Alice { get; } = new(1001, "alice");

    public static Actor Bob { get; } = new(1002, "bob");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 21, 9, 0, 0, TimeSpan.Zero));

    public SqliteDatabase Database { get; }

    public SqliteFactStore Store { get; }

    public SqliteCurationRepository Repository { get; }

    public MatchIndexProvider Indexes { get; }

    public QuestionAnswerer Answerer { get; }

    public FactRules Rules { get; }

    public SourceCuration Sources { get; }

    public FactCuration Facts { get; }

    public FactLifecycle Lifecycle { get; }

    public SynonymCuration Synonyms { get; }

    public FactCatalog Catalog { get; }

    public StoreExporter Exporter { get; }

    public StoreImporter Importer { get; }

    public SqliteQuestionLog QuestionLog { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public UnansweredReport Unanswered { get; }

    public CurationStats Stats { get; }

    public long Count(string table) => (long)Scalar($"SELECT COUNT(*) FROM {table}")!;

    public object? Scalar(string sql)
    {
        using var c = Database.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        Indexes.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle only leaves a temp folder behind; it must not fail the test.
        }
    }
}
