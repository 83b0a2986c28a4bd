using System.Data.Common;
using ChatBot.Core.Facts;
using ChatBot.Core.Storage;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IFactStore and ICurationStore (seeding) and IStoreMigrator.</summary>
public abstract class FactStoreContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task Seeds_once_and_reads_back_facts_sources_and_synonyms()
    {
        var curation = Stores.Get<ICurationStore>();
        var store = Stores.Get<IFactStore>();

        Assert.True(await curation.IsEmptyAsync());
        Assert.True(await curation.SeedAsync(TestData.Seed()));
        Assert.False(await curation.SeedAsync(TestData.Seed()));

        var fact = await store.GetFactAsync("toll");
        Assert.NotNull(fact);
        Assert.Equal(["ternopil death toll"], fact.Alternates);
        Assert.Equal(["casualties"], fact.Tags);
        Assert.Equal(TestData.Day, fact.AsOf);
        Assert.Equal("At least 26 individuals died in Ternopil.", fact.Quotes[0].Text);
        Assert.Equal("seed", fact.CreatedBy);
        Assert.True(fact.Notify);
        Assert.Null(await store.GetFactAsync("missing"));
        Assert.Equal(["toll", "kellogg"], (await store.GetActiveFactsAsync()).Select(f => f.Id));
        Assert.Equal("https://example.org/a", (await store.GetSourceAsync("src"))!.Url);
        Assert.Equal(TestData.Day, (await store.GetSourcesAsync())[0].Published);
        Assert.Equal(["kill", "died"], (await store.GetSynonymGroupsAsync())[0]);
        Assert.True(await store.GetRevisionAsync() > 0);
        Assert.False(await curation.IsEmptyAsync());
    }

    [Fact]
    public async Task A_facts_headline_is_its_id_question_and_status_and_an_unknown_id_has_none()
    {
        await Stores.Get<ICurationStore>().SeedAsync(TestData.Seed());
        var store = Stores.Get<IFactStore>();
        var fact = await store.GetFactAsync("toll");

        var headline = await store.GetHeadlineAsync("toll");

        Assert.Equal(new FactHeadline("toll", fact!.Question, FactStatus.Active), headline);
        Assert.Null(await store.GetHeadlineAsync("missing"));
    }

    [Fact]
    public async Task Streams_the_same_active_facts_and_sources_as_the_full_reads()
    {
        await Stores.Get<ICurationStore>().SeedAsync(TestData.Seed());
        var store = Stores.Get<IFactStore>();
        var all = await store.GetActiveFactsAsync();

        var streamed = new List<Fact>();
        await foreach (var fact in store.StreamActiveFactsAsync())
        {
            streamed.Add(fact);
        }
        var sources = new List<Source>();
        await foreach (var source in store.StreamSourcesAsync())
        {
            sources.Add(source);
        }

        Assert.Equal(2, all.Count);
        Assert.Equal(all.Select(f => f.Id), streamed.Select(f => f.Id));
        Assert.Equal(all.Select(f => string.Join("|", f.Quotes)), streamed.Select(f => string.Join("|", f.Quotes)));
        Assert.Equal((await store.GetSourcesAsync()).Select(s => s.Text), sources.Select(s => s.Text));
    }

    [Fact]
    public async Task A_seed_that_fails_midway_leaves_the_store_empty()
    {
        var curation = Stores.Get<ICurationStore>();
        var bad = TestData.Seed() with { Facts = [.. TestData.Seed().Facts, TestData.Seed().Facts[0]] };

        await Assert.ThrowsAnyAsync<DbException>(() => curation.SeedAsync(bad));

        Assert.True(await curation.IsEmptyAsync());
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await Stores.Get<ICurationStore>().SeedAsync(TestData.Seed());
        var revision = await Stores.Get<IFactStore>().GetRevisionAsync();

        await Stores.Get<IStoreMigrator>().MigrateAsync();

        Assert.Equal(revision, await Stores.Get<IFactStore>().GetRevisionAsync());
        Assert.Equal(2, (await Stores.Get<IFactStore>().GetActiveFactsAsync()).Count);
    }
}

public sealed class SqliteFactStoreTests() : FactStoreContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresFactStoreTests(PostgresCluster cluster) : FactStoreContract(new PostgresStoreSet(cluster));
