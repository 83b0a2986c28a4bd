using ChatBot.Benchmarks.Synthetic;
using ChatBot.Core.Answering;
using ChatBot.Core.Matching;
using ChatBot.Storage;

namespace ChatBot.Benchmarks;

/// <summary>The answer path wired as the host wires it (see CoreServices), on a cached synthetic store.</summary>
public sealed class StoreSession : IDisposable
{
    public StoreSession(string path)
    {
        Database = new SqliteDatabase(path);
        Database.Migrate();
        Store = new SqliteFactStore(Database);
        Indexes = new MatchIndexProvider(Store);
        Matcher = new Matcher(Options);
        Answerer = new QuestionAnswerer(Store, Indexes, Matcher);
    }

    public static StoreSession Open(int facts) => new(StoreCache.Ensure(facts));

    public MatcherOptions Options { get; } = new();

    public SqliteDatabase Database { get; }

    public SqliteFactStore Store { get; }

    public MatchIndexProvider Indexes { get; }

    public Matcher Matcher { get; }

    public QuestionAnswerer Answerer { get; }

    public MatchIndex Index => Indexes.GetAsync().AsTask().GetAwaiter().GetResult();

    public void Dispose()
    {
        Indexes.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
