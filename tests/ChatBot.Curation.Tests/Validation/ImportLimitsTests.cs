using System.Text.Json.Nodes;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.Validation;

/// <summary>/import is held to the limits of /addfact and refuses nulls by their JSON path, changing nothing.</summary>
public sealed class ImportLimitsTests : IDisposable
{
    private const string Quote = "Heading the delegation is US Army Secretary Dan Driscoll";

    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    private static JsonObject Document(string facts = "[]", string sources = "[]") =>
        JsonNode.Parse($$"""{"format":"chatbot-store","formatVersion":1,"sources":{{sources}},"facts":{{facts}}}""")!.AsObject();

    private static JsonObject NewFact() => JsonNode.Parse($$"""
        {"id":"new-fact","question":"Who heads the Pentagon team?","answer":"Dan Driscoll.","tags":["delegation"],
         "quotes":[{"source":"bbc-pentagon-kyiv","text":"{{Quote}}"}]}
        """)!.AsObject();

    private async Task<IReadOnlyList<Core.Curation.FieldError>> RefusedAsync(JsonObject document)
    {
        var revision = await _store.Store.GetRevisionAsync();
        var result = await _store.Importer.ImportAsync(document.ToJsonString(), CurationStore.Alice);
        Assert.False(result.Succeeded);
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
        Assert.Null(await _store.Store.GetFactAsync("new-fact"));
        return result.Errors;
    }

    [Theory]
    [InlineData("""{"facts":[null]}""", "facts[0]")]
    [InlineData("""{"sources":[null]}""", "sources[2]")]
    [InlineData("""{"facts":[{"id":"a","question":"Who?","answer":"A.","quotes":[null]}]}""", "facts[0].quotes[0]")]
    public async Task A_null_element_is_refused_by_its_path_instead_of_crashing(string part, string path)
    {
        var document = Document();
        foreach (var (key, value) in JsonNode.Parse(part)!.AsObject().ToList())
        {
            document[key] = value!.DeepClone();
        }
        if (path.StartsWith("sources", StringComparison.Ordinal))
        {
            document["sources"] = JsonNode.Parse("""[{"id":"s-one","title":"T","outlet":"O","text":"Text one."},{"id":"s-two","title":"T","outlet":"O","text":"Text two."},null]""");
        }

        var errors = await RefusedAsync(document);

        Assert.Contains(errors, e => e.Field == path && e.Message.StartsWith("is null", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_null_alternate_and_a_null_tag_are_named_by_their_path()
    {
        var fact = NewFact();
        fact["alternates"] = JsonNode.Parse("""["Who leads it?", null]""");
        fact["tags"] = JsonNode.Parse("""[null]""");

        var errors = await RefusedAsync(Document($"[{fact.ToJsonString()}]"));

        Assert.Contains(errors, e => e.Field == "facts[0].alternates[1]");
        Assert.Contains(errors, e => e.Field == "facts[0].tags[0]");
    }

    [Fact]
    public async Task Oversized_tags_alternates_and_quote_lists_are_refused_with_the_limits_of_addfact()
    {
        var fact = NewFact();
        fact["tags"] = new JsonArray([.. Enumerable.Range(0, 500).Select(i => (JsonNode)JsonValue.Create($"tag{i}")!), JsonValue.Create(new string('t', 10_000))]);
        fact["alternates"] = new JsonArray([.. Enumerable.Range(0, 2000).Select(i => (JsonNode)JsonValue.Create($"Who heads team {i}?")!)]);
        fact["quotes"] = new JsonArray([.. Enumerable.Range(0, 200).Select(_ => JsonNode.Parse($$"""{"source":"bbc-pentagon-kyiv","text":"{{Quote}}"}"""))]);

        var errors = await RefusedAsync(Document($"[{fact.ToJsonString()}]"));

        Assert.Contains(errors, e => e.Field == "facts[0].tags" && e.Message.StartsWith($"501 tags; at most {FieldLimits.Tags}", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "facts[0].tags[500]" && e.Message.StartsWith("is 10000 characters; at most 40", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "facts[0].alternates" && e.Message.StartsWith("2001 questions", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "facts[0].quotes" && e.Message.StartsWith($"200 quotes; at most {FieldLimits.Quotes}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("question", "\u200B")]
    [InlineData("answer", " \u2060 ")]
    public async Task Invisible_text_is_refused(string field, string value)
    {
        var fact = NewFact();
        fact[field] = value;

        var errors = await RefusedAsync(Document($"[{fact.ToJsonString()}]"));

        Assert.Contains(errors, e => e.Field == $"facts[0].{field}" && e.Message.StartsWith("shows nothing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_one_word_quote_is_refused_even_though_it_is_verbatim()
    {
        var fact = NewFact();
        fact["quotes"]![0]!["text"] = "Driscoll";

        var errors = await RefusedAsync(Document($"[{fact.ToJsonString()}]"));

        Assert.Contains(errors, e => e.Field == "facts[0].quotes[0]" && e.Message.Contains("too short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fact_within_the_limits_is_imported()
    {
        var result = await _store.Importer.ImportAsync(Document($"[{NewFact().ToJsonString()}]").ToJsonString(), CurationStore.Alice);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.NotNull(await _store.Store.GetFactAsync("new-fact"));
    }
}
