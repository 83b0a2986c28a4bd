using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class EditFactTests : IDisposable
{
    private const string Question = "Who is leading the US delegation to Ukraine?";
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task New_answer_quote_and_source_change_what_users_are_told()
    {
        await _store.Sources.AddAsync(Samples.GenevaSource, null, CurationStore.Alice);
        var before = await _store.Answerer.AnswerAsync(Question);
        Assert.Equal("delegation-head", before.Fact!.Id);

        var result = await _store.Facts.EditAsync("delegation-head v1", $"""
            A: In Geneva, Secretary of State Marco Rubio led the American side.
            Quote: Secretary of State Marco Rubio led the American side
            Source: {Samples.GenevaUrl}
            """, CurationStore.Bob);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Value!.Version);
        var after = await _store.Answerer.AnswerAsync(Question);
        Assert.Equal("In Geneva, Secretary of State Marco Rubio led the American side.", after.Fact!.Answer);
        var citation = Assert.Single(after.Citations);
        Assert.Equal("Secretary of State Marco Rubio led the American side", citation.Quote);
        Assert.Equal(Samples.GenevaUrl, citation.Url);
        Assert.Equal("tg:1002 bob", after.Fact.UpdatedBy);
        Assert.Equal(before.Fact.Question, after.Fact.Question);
    }

    [Fact]
    public async Task A_second_edit_based_on_a_stale_version_is_refused_and_changes_nothing()
    {
        var first = await _store.Facts.EditAsync("delegation-head v1", "A: Alice's answer.", CurationStore.Alice);
        Assert.True(first.Succeeded);
        var revision = await _store.Store.GetRevisionAsync();

        var second = await _store.Facts.EditAsync("delegation-head v1", "A: Bob's answer.", CurationStore.Bob);

        var error = Assert.Single(second.Errors);
        Assert.Equal("Version", error.Field);
        Assert.Contains("is now at v2 but your change is based on v1", error.Message, StringComparison.Ordinal);
        Assert.Equal("Alice's answer.", (await _store.Store.GetFactAsync("delegation-head"))!.Answer);
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
    }

    [Fact]
    public async Task A_stale_version_is_refused_by_the_store_even_when_the_check_before_it_passed()
    {
        var fact = (await _store.Repository.GetFactAsync("delegation-head"))!;
        await _store.Facts.EditAsync("delegation-head", "A: Alice's answer.", CurationStore.Alice);

        var outcome = await _store.Repository.UpdateFactAsync(new Core.Curation.FactUpdate(fact with { Answer = "Bob", Version = 2 }, 1), "edit");

        Assert.Equal(Core.Curation.WriteStatus.Stale, outcome.Status);
        Assert.Equal(2, outcome.CurrentVersion);
    }

    [Fact]
    public async Task An_edit_without_a_version_applies_to_the_current_one()
    {
        await _store.Facts.EditAsync("delegation-head", "A: one.", CurationStore.Alice);

        var result = await _store.Facts.EditAsync("delegation-head", "A: two.", CurationStore.Bob);

        Assert.Equal(3, result.Value!.Version);
    }

    [Fact]
    public async Task A_quote_edit_keeps_the_facts_source_and_is_checked_against_it()
    {
        var bad = await _store.Facts.EditAsync("delegation-head", "Quote: Heading the delegation is General Patton", CurationStore.Alice);
        var good = await _store.Facts.EditAsync("delegation-head", "Quote: Heading the delegation is US Army Secretary Dan Driscoll, who", CurationStore.Alice);

        Assert.Contains("\"Heading the delegation is General Patton\" is not verbatim in source 'bbc-pentagon-kyiv'", Assert.Single(bad.Errors).Message, StringComparison.Ordinal);
        Assert.True(good.Succeeded);
        Assert.Equal("bbc-pentagon-kyiv", Assert.Single(good.Value!.Quotes).SourceId);
    }

    [Fact]
    public async Task A_source_edit_alone_rechecks_the_current_quotes_against_the_new_source()
    {
        await _store.Sources.AddAsync(Samples.GenevaSource, null, CurationStore.Alice);

        var result = await _store.Facts.EditAsync("delegation-head", $"Source: {Samples.GenevaUrl}", CurationStore.Alice);

        Assert.Contains("is not verbatim in source 'example-news-geneva-talks-revise-usa'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_tags_and_notify_are_replaced()
    {
        var result = await _store.Facts.EditAsync("delegation-head", """
            Q: Who heads the US delegation in Kyiv?
            Q: US delegation head
            Tags: delegation, people
            Notify: no
            """, CurationStore.Alice);

        var fact = result.Value!;
        Assert.Equal("Who heads the US delegation in Kyiv?", fact.Question);
        Assert.Equal(["US delegation head"], fact.Alternates);
        Assert.Equal(["delegation", "people"], fact.Tags);
        Assert.False(fact.Notify);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_is_refused_without_a_new_version()
    {
        var current = (await _store.Store.GetFactAsync("delegation-head"))!;

        var result = await _store.Facts.EditAsync("delegation-head", "A: " + current.Answer, CurationStore.Alice);

        Assert.Contains("nothing to change", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(1L, _store.Scalar("SELECT COUNT(*) FROM fact_versions WHERE fact_id = 'delegation-head'"));
    }

    [Fact]
    public async Task An_unknown_fact_is_named()
    {
        var result = await _store.Facts.EditAsync("no-such-fact", "A: x", CurationStore.Alice);

        Assert.Equal("id: there is no fact 'no-such-fact'; see /facts", Assert.Single(result.Errors).Shown);
    }

    [Fact]
    public async Task A_question_of_another_fact_is_refused()
    {
        var result = await _store.Facts.EditAsync("delegation-head", "Q: When did Donald Trump take office?", CurationStore.Alice);

        Assert.Contains("already a question of fact 'trump-took-office'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
