using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using ChatBot.Core.Seeding;
using ChatBot.Storage;
using ChatBot.Storage.Curation;
using ChatBot.Storage.Postgres;
using ChatBot.Storage.Postgres.Curation;

namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// A real store to measure a question set against: the shipped seed; the seed with each fact cut to the three
/// questions a real curator writes; or the seed plus the fictional test story, curated message by message through
/// the same /addsource and /addfact use cases an admin's commands run. A SQLite file by default, or a database on a
/// PostgreSQL server when a connection string is given.
/// </summary>
internal sealed class QualityStore : IDisposable
{
    public const string Seed = "seed";
    public const string SeedFewQuestions = "seed-3q";
    public const string Story = "story";

    private static readonly Actor Curator = new(1, "curator");
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-quality-").FullName;
    private readonly PostgresDatabase? _postgres;

    private QualityStore(string? postgresConnection)
    {
        if (postgresConnection is null)
        {
            var database = new SqliteDatabase(Path.Combine(_folder, "quality.db"));
            database.Migrate();
            Database = database;
            Store = new SqliteFactStore(database);
            Curation = new SqliteCurationStore(database, TimeProvider.System);
            Repository = new SqliteCurationRepository(database, TimeProvider.System);
        }
        else
        {
            _postgres = new PostgresDatabase(postgresConnection);
            new PostgresStoreMigrator(_postgres).MigrateAsync().GetAwaiter().GetResult();
            Store = new PostgresFactStore(_postgres);
            Curation = new PostgresCurationStore(_postgres, TimeProvider.System);
            Repository = new PostgresCurationRepository(_postgres, TimeProvider.System);
        }
        Indexes = new MatchIndexProvider(Store);
        Answerer = new QuestionAnswerer(Store, Indexes, new Matcher(new MatcherOptions()));
    }

    /// <summary>The SQLite file, when the store is one.</summary>
    public SqliteDatabase? Database { get; }

    public IFactStore Store { get; }

    private ICurationStore Curation { get; }

    private ICurationRepository Repository { get; }

    public MatchIndexProvider Indexes { get; }

    public QuestionAnswerer Answerer { get; }

    public IReadOnlyDictionary<string, Source> Sources { get; private set; } = new Dictionary<string, Source>();

    /// <param name="kind">Which store: <see cref="Seed"/>, <see cref="SeedFewQuestions"/> or <see cref="Story"/>.</param>
    /// <param name="postgresConnection">An empty PostgreSQL database to build it in, or null for a SQLite file.</param>
    public static async Task<QualityStore> OpenAsync(string kind, string? postgresConnection = null)
    {
        var quality = new QualityStore(postgresConnection);
        try
        {
            await (kind switch
            {
                Seed => quality.SeedAsync(maxQuestions: int.MaxValue),
                SeedFewQuestions => quality.SeedAsync(maxQuestions: 3),
                Story => quality.CurateStoryAsync(),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown store"),
            });
            return quality;
        }
        catch
        {
            quality.Dispose();
            throw;
        }
    }

    private async Task SeedAsync(int maxQuestions)
    {
        var seed = SeedLoader.Load(RepoPaths.Data);
        var facts = seed.Facts.Select(f => f with { Alternates = [.. f.Alternates.Take(maxQuestions - 1)] }).ToList();
        await Curation.SeedAsync(seed with { Facts = facts });
        Sources = seed.Sources.ToDictionary(s => s.Id);
    }

    // A new story reaches a bot that runs with the shipped store: its synonyms, and its facts as neighbours.
    private async Task CurateStoryAsync()
    {
        await SeedAsync(maxQuestions: int.MaxValue);
        var folder = Path.Combine(AppContext.BaseDirectory, "Quality", "Story");
        var repository = Repository;
        var source = await new SourceCuration(repository).AddAsync(
            await File.ReadAllTextAsync(Path.Combine(folder, "addsource.txt")),
            await File.ReadAllTextAsync(Path.Combine(folder, "article.txt")), Curator);
        Assert.True(source.Succeeded, string.Join("; ", source.Errors));
        var facts = new FactCuration(repository, new FactRules(repository), TimeProvider.System);
        var messages = (await File.ReadAllTextAsync(Path.Combine(folder, "facts.txt")))
            .Split("\n---\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var message in messages)
        {
            var added = await facts.AddAsync(message, Curator);
            Assert.True(added.Succeeded, $"{string.Join("; ", added.Errors)} in\n{message}");
        }
        Sources = new Dictionary<string, Source>(Sources) { [source.Value!.Id] = source.Value! };
    }

    public void Dispose()
    {
        Indexes.Dispose();
        _postgres?.Dispose();
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
