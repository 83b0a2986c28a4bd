using ChatBot.Core.Facts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 11, 20);
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-storage-").FullName;
    private readonly SqliteDatabase _db;

    public SqliteStoreTests()
    {
        _db = new SqliteDatabase(Path.Combine(_folder, "s.db"));
        _db.Migrate();
    }

    private static SeedData Seed() => new(
        [new Source("src", "Title", "Outlet", "https://example.org/a", Day, "At least 26 individuals died in Ternopil. Kellogg will vacate his position.")],
        [
            new Fact("toll", "How many died in Ternopil?", ["ternopil death toll"], "At least 26.", [new Quote("src", "At least 26 individuals died in Ternopil.")], ["casualties"], Day),
            new Fact("kellogg", "When is Kellogg leaving?", [], "In January.", [new Quote("src", "Kellogg will vacate his position.")], ["us-politics"], Day),
        ],
        [["kill", "died"]]);

    [Fact]
    public void Migrating_twice_changes_nothing_and_uses_wal()
    {
        _db.Migrate();

        using var c = _db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
        cmd.CommandText = "PRAGMA user_version;";
        Assert.True((long)cmd.ExecuteScalar()! >= 1);
    }

    [Fact]
    public async Task Seeds_once_and_reads_back_facts_sources_and_synonyms()
    {
        var curation = new SqliteCurationStore(_db, TimeProvider.System);
        var store = new SqliteFactStore(_db);

        Assert.True(await curation.SeedAsync(Seed()));
        Assert.False(await curation.SeedAsync(Seed()));

        var fact = await store.GetFactAsync("toll");
        Assert.NotNull(fact);
        Assert.Equal(["ternopil death toll"], fact.Alternates);
        Assert.Equal("At least 26 individuals died in Ternopil.", fact.Quotes[0].Text);
        Assert.Equal("seed", fact.CreatedBy);
        Assert.Equal(2, (await store.GetActiveFactsAsync()).Count);
        Assert.Equal("https://example.org/a", (await store.GetSourceAsync("src"))!.Url);
        Assert.Equal(["kill", "died"], (await store.GetSynonymGroupsAsync())[0]);
        Assert.True(await store.GetRevisionAsync() > 0);
    }

    [Fact]
    public async Task Streams_the_same_active_facts_with_their_quotes_as_the_full_read()
    {
        await new SqliteCurationStore(_db, TimeProvider.System).SeedAsync(Seed());
        var store = new SqliteFactStore(_db);
        var all = await store.GetActiveFactsAsync();

        var streamed = new List<ChatBot.Core.Facts.Fact>();
        await foreach (var fact in store.StreamActiveFactsAsync())
        {
            streamed.Add(fact);
        }

        Assert.True(all.Count >= 2);
        Assert.Equal(all.Select(f => f.Id), streamed.Select(f => f.Id));
        Assert.Equal(all.Select(f => string.Join("|", f.Quotes)), streamed.Select(f => string.Join("|", f.Quotes)));
    }

    [Fact]
    public async Task A_seed_that_fails_midway_leaves_the_store_empty()
    {
        var curation = new SqliteCurationStore(_db, TimeProvider.System);
        var bad = Seed() with { Facts = [.. Seed().Facts, Seed().Facts[0]] };

        await Assert.ThrowsAsync<SqliteException>(() => curation.SeedAsync(bad));

        Assert.True(await curation.IsEmptyAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the run.
        }
    }
}
