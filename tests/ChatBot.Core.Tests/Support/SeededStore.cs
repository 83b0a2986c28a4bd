using ChatBot.Core.Answering;
using ChatBot.Core.Matching;
using ChatBot.Core.Seeding;
using ChatBot.Storage;

namespace ChatBot.Core.Tests.Support;

/// <summary>A real SQLite file in a fresh temp folder, migrated and seeded from the repo's data/.</summary>
internal sealed class SeededStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-core-").FullName;

    public SeededStore(MatcherOptions? options = null)
    {
        Database = new SqliteDatabase(Path.Combine(_folder, "test.db"));
        Database.Migrate();
        Store = new SqliteFactStore(Database);
        Curation = new SqliteCurationStore(Database, TimeProvider.System);
        Seed = SeedLoader.Load(RepoPaths.Data);
        Curation.SeedAsync(Seed).GetAwaiter().GetResult();
        Indexes = new MatchIndexProvider(Store);
        Answerer = new QuestionAnswerer(Store, Indexes, new Matcher(options ?? new MatcherOptions()));
    }

    public SqliteDatabase Database { get; }

    public SqliteFactStore Store { get; }

    public SqliteCurationStore Curation { get; }

    public Core.Facts.SeedData Seed { get; }

    public MatchIndexProvider Indexes { get; }

    public QuestionAnswerer Answerer { get; }

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
