using ChatBot.Core.Changes;
using ChatBot.Core.Conversations;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Facts;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>ICurationRepository and IFactVersionFeed.</summary>
public abstract class CurationRepositoryContract(StoreSet stores) : StoreContract(stores)
{
    private ICurationRepository Repository => Stores.Get<ICurationRepository>();

    [Fact]
    public async Task A_fact_is_added_once_and_a_stale_edit_changes_nothing()
    {
        Assert.Equal(WriteStatus.Saved, (await Repository.AddSourceAsync(TestData.Source(), TestData.Admin)).Status);
        Assert.Equal(WriteStatus.Saved, (await Repository.AddFactAsync(TestData.Toll(Now), "add")).Status);
        var taken = await Repository.AddFactAsync(TestData.Toll(Now), "add");
        var edited = TestData.Toll(Now) with { Answer = "At least 27.", Version = 2 };
        var saved = await Repository.UpdateFactAsync(new FactUpdate(edited, 1), "edit");
        var stale = await Repository.UpdateFactAsync(new FactUpdate(edited with { Answer = "Stale.", Version = 2 }, 1), "edit");
        var missing = await Repository.UpdateFactAsync(new FactUpdate(edited with { Id = "nope" }, 1), "edit");

        Assert.Equal((WriteStatus.Conflict, 1), (taken.Status, taken.CurrentVersion));
        Assert.Equal(WriteStatus.Saved, saved.Status);
        Assert.Equal((WriteStatus.Stale, 2), (stale.Status, stale.CurrentVersion));
        Assert.Equal(WriteStatus.NotFound, missing.Status);
        Assert.Equal("At least 27.", (await Repository.GetFactAsync("toll"))!.Answer);
        Assert.True(await Repository.FactIdExistsAsync("toll"));
        Assert.False(await Repository.FactIdExistsAsync("nope"));
        var history = await Repository.GetHistoryAsync("toll");
        Assert.Equal([2, 1], history.Select(h => h.Version));
        Assert.Equal(["edit", "add"], history.Select(h => h.Action));
        Assert.Equal("At least 26.", history[1].Snapshot.Answer);
        var feed = await Stores.Get<IFactVersionFeed>().GetNewestAsync(10);
        Assert.Equal("At least 27.", feed[0].Current.Answer);
        Assert.Equal("At least 26.", feed[0].Previous!.Answer);
        Assert.Null(feed[1].Previous);
    }

    [Fact]
    public async Task A_retracted_facts_quotes_are_listed_unless_an_active_fact_quotes_them_too()
    {
        await Repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        await Repository.AddFactAsync(TestData.Toll(Now), "add");
        await Repository.AddFactAsync(TestData.Kellogg(Now), "add");
        var facts = Stores.Get<IFactStore>();
        Assert.Empty(await facts.GetRetractedQuotesAsync());

        await Repository.UpdateFactAsync(new FactUpdate(TestData.Kellogg(Now) with { Status = FactStatus.Retired, Version = 2 }, 1), "retire");
        var retracted = Assert.Single(await facts.GetRetractedQuotesAsync());
        Assert.Equal(("src", "Kellogg will vacate his position in January."), (retracted.SourceId, retracted.Text));

        // The same words still stated by an active fact are not withheld.
        var again = TestData.Toll(Now) with { Id = "kellogg-again", Question = "Is Kellogg leaving?", Alternates = [], Quotes = [retracted] };
        await Repository.AddFactAsync(again, "add");
        Assert.Empty(await facts.GetRetractedQuotesAsync());
    }

    [Fact]
    public async Task Translations_are_stored_with_the_fact_read_back_by_every_reader_and_versioned()
    {
        await Repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        var uk = new FactTranslation("uk", "Щонайменше 26.", ["Скільки людей загинуло в Тернополі?", "Скільки жертв у Тернополі?"]);
        var ru = new FactTranslation("ru", "Не менее 26.", ["Сколько людей погибло в Тернополе?"]);
        await Repository.AddFactAsync(TestData.Toll(Now) with { Translations = [uk, ru] }, "add");
        var edited = TestData.Toll(Now) with { Version = 2, Translations = [uk with { Answer = null }, ru] };
        Assert.Equal(WriteStatus.Saved, (await Repository.UpdateFactAsync(new FactUpdate(edited, 1), "edit")).Status);

        var facts = Stores.Get<IFactStore>();
        Assert.Equal([uk with { Answer = null }, ru], (await Repository.GetFactAsync("toll"))!.Translations);
        Assert.Equal([uk with { Answer = null }, ru], (await facts.GetFactAsync("toll"))!.Translations);
        Assert.Equal([uk with { Answer = null }, ru], Assert.Single(await facts.GetActiveFactsAsync()).Translations);
        await foreach (var streamed in facts.StreamActiveFactsAsync())
        {
            Assert.Equal("Не менее 26.", streamed.AnswerIn("ru"));
            Assert.Null(streamed.AnswerIn("uk"));
        }
        Assert.Equal([uk with { Answer = null }, ru], Assert.Single((await Repository.SnapshotAsync()).Facts).Translations);
        var history = await Repository.GetHistoryAsync("toll");
        Assert.Equal("Щонайменше 26.", history[1].Snapshot.AnswerIn("uk"));
        Assert.Null(history[0].Snapshot.AnswerIn("uk"));
        Assert.Equal(["A[uk]"], FactContent.Changed(history[1].Snapshot, history[0].Snapshot));
        // A fact without translations reads back with none.
        await Repository.AddFactAsync(TestData.Kellogg(Now), "add");
        Assert.Empty((await facts.GetFactAsync("kellogg"))!.Translations);
    }

    [Fact]
    public async Task A_source_is_found_by_id_or_url_and_a_taken_id_or_url_is_refused()
    {
        await Repository.AddSourceAsync(TestData.Source(), TestData.Admin);

        var sameUrl = await Repository.AddSourceAsync(TestData.Source("other"), TestData.Admin);
        var sameId = await Repository.AddSourceAsync(TestData.Source(url: null), TestData.Admin);

        Assert.Equal(WriteStatus.Conflict, sameUrl.Status);
        Assert.Contains("URL", sameUrl.Detail, StringComparison.Ordinal);
        Assert.Equal(WriteStatus.Conflict, sameId.Status);
        Assert.Equal("src", (await Repository.FindSourceAsync("https://example.org/a/"))!.Id);
        Assert.Equal("src", (await Repository.FindSourceAsync(" src "))!.Id);
        Assert.Null(await Repository.FindSourceAsync("https://example.org/b"));
        Assert.True(await Repository.SourceIdExistsAsync("src"));
    }

    [Fact]
    public async Task Synonym_words_are_added_and_removed_and_each_change_moves_the_revision()
    {
        var facts = Stores.Get<IFactStore>();
        var start = await facts.GetRevisionAsync();

        await Repository.AddSynonymGroupAsync(["truce", "ceasefire", "armistice"], TestData.Admin);
        var afterAdd = await facts.GetRevisionAsync();
        Assert.Equal(1, await Repository.RemoveSynonymWordsAsync(["truce"], TestData.Admin));
        Assert.Equal(0, await Repository.RemoveSynonymWordsAsync(["unknown"], TestData.Admin));

        Assert.True(afterAdd > start);
        Assert.True(await facts.GetRevisionAsync() > afterAdd);
        Assert.Equal(["ceasefire", "armistice"], Assert.Single(await facts.GetSynonymGroupsAsync()));
    }

    [Fact]
    public async Task An_import_applies_whole_or_not_at_all()
    {
        await Repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        await Repository.AddFactAsync(TestData.Toll(Now), "add");
        var revision = (await Repository.SnapshotAsync()).Revision;

        var refused = await Repository.ImportAsync(new ImportPlan([], [TestData.Kellogg(Now)],
            [new FactUpdate(TestData.Toll(Now) with { Answer = "Old plan.", Version = 2 }, 7)], [], 0), TestData.Admin);
        var applied = await Repository.ImportAsync(new ImportPlan([TestData.Source("src2", "https://example.org/2")], [TestData.Kellogg(Now)],
            [new FactUpdate(TestData.Toll(Now) with { Answer = "Imported.", Version = 2 }, 1)], [["talks", "negotiations"]], 0), TestData.Admin);

        Assert.Equal(WriteStatus.Stale, refused.Status);
        Assert.Equal(WriteStatus.Saved, applied.Status);
        var snapshot = await Repository.SnapshotAsync();
        Assert.True(snapshot.Revision > revision);
        Assert.Equal(["src", "src2"], snapshot.Sources.Select(s => s.Id));
        Assert.Equal(["toll", "kellogg"], snapshot.Facts.Select(f => f.Id));
        Assert.Equal("Imported.", snapshot.Facts[0].Answer);
        Assert.Equal(["talks", "negotiations"], Assert.Single(snapshot.SynonymGroups));
        Assert.Equal(2, (await Repository.GetAllFactsAsync()).Count);
    }

    [Fact]
    public async Task A_resolved_question_leaves_the_report_and_an_alias_edit_records_its_resolution()
    {
        await Repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        await Repository.AddFactAsync(TestData.Toll(Now), "add");

        await Repository.ResolveQuestionAsync(new QuestionResolution("spam question", QuestionResolution.Dismissed, null), TestData.Admin);
        await Repository.UpdateFactAsync(new FactUpdate(TestData.Toll(Now) with { Alternates = ["ternopil dead"], Version = 2 }, 1), "alias",
            new QuestionResolution("ternopil dead", QuestionResolution.Alias, "toll"));

        Assert.Equal(["spam question", "ternopil dead"], (await Repository.GetResolvedQuestionKeysAsync()).Order(StringComparer.Ordinal));
    }
}

/// <summary>IQuestionInsights.</summary>
public abstract class QuestionInsightsContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task Weak_questions_are_grouped_by_key_and_totals_count_the_answered()
    {
        var log = Stores.Get<IQuestionLog>();
        await log.RecordAsync(new QuestionRecord(1, Now, 1, 1, "private", "Who leads the talks?", false, null, 0.2, []));
        await log.RecordAsync(new QuestionRecord(2, Now.AddMinutes(1), 2, 2, "private", "who leads the talks", false, null, 0.3, []));
        await log.RecordAsync(new QuestionRecord(3, Now, 3, 3, "private", "Death toll?", true, "toll", 0.95, []));
        await log.RecordAsync(new QuestionRecord(4, Now, 3, 3, "private", "Kellogg?", true, "kellogg", 0.5, []));

        var insights = Stores.Get<IQuestionInsights>();
        var weak = await insights.GetWeakQuestionsAsync(0.6, 100);
        var totals = await insights.GetTotalsAsync(5);

        var talks = Assert.Single(weak, q => q.Count == 2);
        Assert.Equal(Now.AddMinutes(1).ToUnixTimeMilliseconds(), talks.LastAsked.ToUnixTimeMilliseconds());
        Assert.Equal("kellogg", Assert.Single(weak, q => q.Count == 1).AnsweredFactId);
        Assert.Equal((4, 2, 2), (totals.Asked, totals.Answered, totals.Unanswered));
        Assert.Equal(["kellogg", "toll"], totals.TopFacts.Select(f => f.FactId));
    }
}

public sealed class SqliteCurationRepositoryTests() : CurationRepositoryContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresCurationRepositoryTests(PostgresCluster cluster) : CurationRepositoryContract(new PostgresStoreSet(cluster));

public sealed class SqliteQuestionInsightsTests() : QuestionInsightsContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresQuestionInsightsTests(PostgresCluster cluster) : QuestionInsightsContract(new PostgresStoreSet(cluster));
