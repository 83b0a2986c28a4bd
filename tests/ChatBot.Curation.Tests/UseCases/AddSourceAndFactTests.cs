using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class AddSourceAndFactTests : IDisposable
{
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<Source> AddGenevaAsync()
    {
        var result = await _store.Sources.AddAsync(Samples.GenevaSource, null, CurationStore.Alice);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    [Fact]
    public async Task A_source_gets_an_id_from_outlet_and_title_and_an_audit_row()
    {
        var source = await AddGenevaAsync();

        Assert.Equal("example-news-geneva-talks-revise-usa", source.Id);
        Assert.Equal(source, await _store.Store.GetSourceAsync(source.Id));
        Assert.Equal("tg:1001 alice", _store.Scalar($"SELECT actor FROM audit_log WHERE action = 'add-source' AND target = '{source.Id}'"));
    }

    [Fact]
    public async Task The_same_url_twice_is_refused_with_the_existing_id()
    {
        var first = await AddGenevaAsync();

        var second = await _store.Sources.AddAsync(Samples.GenevaSource, null, CurationStore.Bob);

        Assert.Contains($"is already the source '{first.Id}'", Assert.Single(second.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_citing_the_source_by_url_is_then_the_answer_to_its_question()
    {
        var source = await AddGenevaAsync();

        var added = await _store.Facts.AddAsync(Samples.PointsFact, CurationStore.Alice);

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        var fact = added.Value!;
        Assert.Equal("many-points-revised-peace-framework", fact.Id);
        Assert.Equal(source.Id, Assert.Single(fact.Quotes).SourceId);
        Assert.Equal(1, fact.Version);
        Assert.Equal("tg:1001 alice", fact.CreatedBy);
        var outcome = await _store.Answerer.AnswerAsync("How many points does the revised peace framework have now?");
        Assert.True(outcome.Answered);
        Assert.Equal(fact.Id, outcome.Fact!.Id);
        Assert.Equal(Samples.GenevaUrl, Assert.Single(outcome.Citations).Url);
    }

    [Fact]
    public async Task A_fact_may_cite_the_source_by_id()
    {
        var source = await AddGenevaAsync();

        var added = await _store.Facts.AddAsync(Samples.PointsFact.Replace(Samples.GenevaUrl, source.Id, StringComparison.Ordinal), CurationStore.Alice);

        Assert.True(added.Succeeded);
    }

    [Fact]
    public async Task A_quote_not_in_the_source_is_refused_naming_the_quote_and_the_closest_passage()
    {
        await AddGenevaAsync();
        var revisions = await _store.Store.GetRevisionAsync();

        var result = await _store.Facts.AddAsync(
            Samples.PointsFact.Replace("now contains 19 points", "now contains 20 points", StringComparison.Ordinal), CurationStore.Alice);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Quote", error.Field);
        Assert.Contains("\"The revised framework now contains 20 points\" is not verbatim", error.Message, StringComparison.Ordinal);
        Assert.Contains("Closest passage: \"The revised framework now contains 19 points, according to Ukrainian officials.\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(revisions, await _store.Store.GetRevisionAsync());
        Assert.Equal(34, _store.Count("facts"));
    }

    [Fact]
    public async Task An_unknown_source_is_refused()
    {
        var result = await _store.Facts.AddAsync(Samples.PointsFact, CurationStore.Alice);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Source", error.Field);
        Assert.Contains("/addsource", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_another_fact_already_answers_is_refused()
    {
        await AddGenevaAsync();

        var result = await _store.Facts.AddAsync(Samples.PointsFact + "\nQ: who is leading the US delegation to Ukraine", CurationStore.Alice);

        Assert.Contains("already a question of fact 'delegation-head'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_stay_unique_when_questions_slug_alike()
    {
        await AddGenevaAsync();
        var first = await _store.Facts.AddAsync(Samples.PointsFact, CurationStore.Alice);

        var second = await _store.Facts.AddAsync(Samples.PointsFact
            .Replace("Q: How long is the revised Geneva plan?\n", string.Empty, StringComparison.Ordinal)
            .Replace("have?", "have today?", StringComparison.Ordinal), CurationStore.Alice);

        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Equal(first.Value!.Id + "-2", second.Value!.Id);
    }

    [Fact]
    public async Task Html_in_admin_input_is_stored_as_text_and_escaped_on_output()
    {
        await AddGenevaAsync();
        var body = Samples.PointsFact.Replace("A: After the Geneva talks", "A: <b>Bold</b> & \"quoted\" after the Geneva talks", StringComparison.Ordinal);

        var fact = (await _store.Facts.AddAsync(body, CurationStore.Alice)).Value!;

        Assert.StartsWith("<b>Bold</b> & \"quoted\"", (await _store.Store.GetFactAsync(fact.Id))!.Answer, StringComparison.Ordinal);
        var html = new HtmlAnswerRenderer().Render((await _store.Answerer.ForFactAsync(fact.Id))!);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;", html, StringComparison.Ordinal);
        var reply = Telegram.Texts.Curation.CurationReplies.FactChanged(Telegram.Texts.Curation.CuratorTexts.English, fact, Telegram.Texts.Curation.FactChange.Added);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt;", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_change_is_one_version_row_one_audit_row_and_one_revision()
    {
        await AddGenevaAsync();
        var revision = await _store.Store.GetRevisionAsync();
        var audits = _store.Count("audit_log");

        var fact = (await _store.Facts.AddAsync(Samples.PointsFact, CurationStore.Alice)).Value!;

        Assert.Equal(revision + 1, await _store.Store.GetRevisionAsync());
        Assert.Equal(audits + 1, _store.Count("audit_log"));
        Assert.Equal(1L, _store.Scalar($"SELECT COUNT(*) FROM fact_versions WHERE fact_id = '{fact.Id}'"));
    }
}
