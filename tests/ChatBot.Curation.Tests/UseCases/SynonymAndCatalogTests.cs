using ChatBot.Core.Curation;
using ChatBot.Curation.Tests.Support;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class SynonymAndCatalogTests : IDisposable
{
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_synonym_group_is_used_by_the_matcher_from_the_next_question()
    {
        const string question = "How many were unalived in Ternopil?";
        var revision = await _store.Store.GetRevisionAsync();
        Assert.False((await _store.Answerer.AnswerAsync(question)).Answered);

        var result = await _store.Synonyms.AddAsync("unalived killed", CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(revision + 1, await _store.Store.GetRevisionAsync());
        Assert.Contains(["unalived", "killed"], await _store.Store.GetSynonymGroupsAsync());
        Assert.Contains("casualties", result.Value!);
        Assert.Equal("ternopil-strike", (await _store.Answerer.AnswerAsync(question)).Fact?.Id);
    }

    [Fact]
    public async Task A_removed_synonym_stops_matching_and_can_be_added_again()
    {
        const string question = "How many were unalived in Ternopil?";
        await _store.Synonyms.AddAsync("unalived killed", CurationStore.Alice);
        Assert.True((await _store.Answerer.AnswerAsync(question)).Answered);

        var removed = await _store.Synonyms.AddAsync("remove unalived", CurationStore.Bob);

        Assert.Equal(["unalived"], removed.Value!);
        Assert.False((await _store.Answerer.AnswerAsync(question)).Answered);
        Assert.Contains("killed", (await _store.Store.GetSynonymGroupsAsync()).SelectMany(g => g));
        Assert.Equal("tg:1002 bob", _store.Scalar("SELECT actor FROM audit_log WHERE action = 'synonym-remove'"));
        Assert.Contains("in no synonym group", Assert.Single((await _store.Synonyms.AddAsync("remove unalived", CurationStore.Bob)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_already_in_a_group_joins_that_group()
    {
        var result = await _store.Synonyms.AddAsync("ceasefire standstill", CurationStore.Alice);

        Assert.Contains("truce", result.Value!);
        Assert.Contains("standstill", result.Value!);
    }

    [Theory]
    [InlineData("", "words")]
    [InlineData("truce", "words")]
    [InlineData("truce ceasefire", "words")]
    [InlineData("truce cease-fire", "word")]
    public async Task Bad_synonym_input_is_refused(string arguments, string field)
    {
        Assert.Equal(field, Assert.Single((await _store.Synonyms.AddAsync(arguments, CurationStore.Alice)).Errors).Field);
    }

    [Fact]
    public async Task Facts_are_listed_by_page_and_by_words()
    {
        var page1 = await _store.Catalog.ListAsync("");
        var page4 = await _store.Catalog.ListAsync("4");
        var kellogg = await _store.Catalog.ListAsync("kellogg");

        Assert.Equal((1, 4, 34, 10), (page1.Page, page1.Pages, page1.Total, page1.Facts.Count));
        Assert.Equal(4, page4.Facts.Count);
        Assert.Equal(["kellogg-leaving", "kellogg-reason", "kellogg-stance"], kellogg.Facts.Select(f => f.Id));
        Assert.Contains("Next: /facts 2", ReportReplies.Facts(CuratorTexts.English, page1), StringComparison.Ordinal);
        Assert.Contains("No fact contains all of: zebra &amp; co", ReportReplies.Facts(CuratorTexts.English, await _store.Catalog.ListAsync("zebra & co")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_filtered_by_words_reach_every_page_with_p_and_its_number()
    {
        var first = await _store.Catalog.ListAsync("russia");
        var second = await _store.Catalog.ListAsync("russia p2");

        Assert.Equal((1, 2, 2), (first.Page, second.Page, first.Pages));
        Assert.Equal("russia", second.Words);
        Assert.Equal(first.Total - FactCatalog.PageSize, second.Facts.Count);
        Assert.Empty(first.Facts.Select(f => f.Id).Intersect(second.Facts.Select(f => f.Id)));
        Assert.Contains("Next: /facts russia p2", ReportReplies.Facts(CuratorTexts.English, first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_is_said_to_be_missing_instead_of_showing_the_last_one()
    {
        var listing = await _store.Catalog.ListAsync("99");

        Assert.True(listing.PageMissing);
        Assert.Empty(listing.Facts);
        Assert.Equal("There is no page 99: the list has 4 pages.", ReportReplies.Facts(CuratorTexts.English, listing));
        Assert.Equal("There is no page 5: the list has 2 pages.", ReportReplies.Facts(CuratorTexts.English, await _store.Catalog.ListAsync("russia p5")));
    }

    [Fact]
    public async Task Retired_facts_are_listed_and_marked()
    {
        await _store.Lifecycle.RetireAsync("kellogg-stance", CurationStore.Alice);

        var html = ReportReplies.Facts(CuratorTexts.English, await _store.Catalog.ListAsync("kellogg"));

        Assert.Contains("<code>kellogg-stance</code> v2 <i>retired</i>", html, StringComparison.Ordinal);
    }
}
