using System.Text.Json.Nodes;
using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.UseCases;

public sealed class ExportImportTests : IDisposable
{
    private readonly CurationStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<JsonObject> ExportAsync() => JsonNode.Parse((await _store.Exporter.ExportAsync()).Json)!.AsObject();

    private static JsonObject Fact(JsonObject document, string id) =>
        document["facts"]!.AsArray().Select(f => f!.AsObject()).Single(f => (string?)f["id"] == id);

    [Fact]
    public async Task An_export_imported_into_an_empty_store_recreates_it()
    {
        await _store.Lifecycle.RetireAsync("kellogg-stance", CurationStore.Alice);
        var export = await _store.Exporter.ExportAsync();
        using var empty = new CurationStore(seed: false);

        var result = await empty.Importer.ImportAsync(export.Json, CurationStore.Bob);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((1, 34, 0, 0), (result.Value!.SourcesAdded, result.Value.FactsAdded, result.Value.FactsUpdated, result.Value.FactsUnchanged));
        Assert.Equal(33, (await empty.Store.GetActiveFactsAsync()).Count);
        Assert.Equal((await _store.Store.GetSynonymGroupsAsync()).Count, (await empty.Store.GetSynonymGroupsAsync()).Count);
        Assert.Equal("delegation-head", (await empty.Answerer.AnswerAsync("Who is leading the US delegation to Ukraine?")).Fact?.Id);
        Assert.StartsWith("chatbot-store-2025-11-21-0900", export.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translations_survive_an_export_and_import_and_an_edited_one_is_a_new_version()
    {
        var edit = await _store.Facts.EditAsync("zelensky-meeting", "A[de]: Dan Driscoll soll Präsident Selenskyj am Donnerstag in Kyjiw treffen.\nQ[de]: Wann trifft Driscoll Selenskyj?",
            CurationStore.Alice);
        Assert.True(edit.Succeeded, string.Join("; ", edit.Errors));
        var document = await ExportAsync();
        var translations = Fact(document, "delegation-head")["translations"]!.AsObject();
        Assert.Equal(["uk", "ru"], translations.Select(p => p.Key));
        Assert.Equal(3, translations["uk"]!["questions"]!.AsArray().Count);
        using var empty = new CurationStore(seed: false);

        var result = await empty.Importer.ImportAsync(document.ToJsonString(), CurationStore.Bob);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        foreach (var original in await _store.Store.GetActiveFactsAsync())
        {
            Assert.Equal(original.Translations, (await empty.Store.GetFactAsync(original.Id))!.Translations);
        }
        Assert.Equal("Dan Driscoll soll Präsident Selenskyj am Donnerstag in Kyjiw treffen.",
            (await empty.Store.GetFactAsync("zelensky-meeting"))!.AnswerIn("de"));
        Fact(document, "trump-took-office")["translations"]!["uk"]!["answer"] = "Трамп обійняв посаду в січні.";
        Fact(document, "cbs-partner")["translations"]!["es"] = JsonNode.Parse("""{"answer": "CBS es el socio de la BBC."}""");
        var refused = await _store.Importer.ImportAsync(document.ToJsonString(), CurationStore.Alice);
        Assert.Contains(refused.Errors, e => e.Field.EndsWith(".translations.es", StringComparison.Ordinal) && e.Message.Contains("unknown language", StringComparison.Ordinal));
        Fact(document, "cbs-partner")["translations"]!.AsObject().Remove("es");
        var updated = await _store.Importer.ImportAsync(document.ToJsonString(), CurationStore.Alice);
        Assert.Equal(1, updated.Value!.FactsUpdated);
        Assert.Equal("Трамп обійняв посаду в січні.", (await _store.Store.GetFactAsync("trump-took-office"))!.AnswerIn("uk"));
    }

    [Fact]
    public async Task Importing_the_stores_own_export_changes_nothing()
    {
        var revision = await _store.Store.GetRevisionAsync();

        var result = await _store.Importer.ImportAsync((await _store.Exporter.ExportAsync()).Json, CurationStore.Alice);

        Assert.Equal(34, result.Value!.FactsUnchanged);
        Assert.Equal(0, result.Value.FactsAdded + result.Value.FactsUpdated + result.Value.SourcesAdded + result.Value.SynonymGroupsAdded);
        Assert.Equal(34L, _store.Count("fact_versions"));
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
    }

    [Fact]
    public async Task An_edited_fact_in_the_document_becomes_a_new_version()
    {
        var document = await ExportAsync();
        Fact(document, "trump-took-office")["answer"] = "Imported answer.";

        var result = await _store.Importer.ImportAsync(document.ToJsonString(), CurationStore.Alice);

        Assert.Equal(1, result.Value!.FactsUpdated);
        var fact = (await _store.Store.GetFactAsync("trump-took-office"))!;
        Assert.Equal(("Imported answer.", 2, "tg:1001 alice"), (fact.Answer, fact.Version, fact.UpdatedBy));
    }

    [Fact]
    public async Task One_bad_quote_among_good_changes_rejects_the_whole_document_before_anything_changes()
    {
        var document = await ExportAsync();
        Fact(document, "trump-took-office")["answer"] = "Imported answer.";
        var bad = Fact(document, "kellogg-stance");
        bad["quotes"]![0]!["text"] = "Kellogg was a fierce critic of Ukraine";
        document["facts"]!.AsArray().Add(JsonNode.Parse("""{"id":"new-one","question":"New?","answer":"New.","quotes":[{"source":"bbc-pentagon-kyiv","text":"Kremlin spokesperson Dmitry Peskov"}]}"""));
        var revision = await _store.Store.GetRevisionAsync();

        var result = await _store.Importer.ImportAsync(document.ToJsonString(), CurationStore.Alice);

        var error = Assert.Single(result.Errors);
        Assert.Equal("facts[31] 'kellogg-stance'", error.Field);
        Assert.Contains("\"Kellogg was a fierce critic of Ukraine\" is not verbatim in source 'bbc-pentagon-kyiv'", error.Message, StringComparison.Ordinal);
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
        Assert.Equal(34L, _store.Count("facts"));
        Assert.NotEqual("Imported answer.", (await _store.Store.GetFactAsync("trump-took-office"))!.Answer);
    }

    [Fact]
    public async Task A_document_exported_before_a_later_edit_is_refused_for_that_fact()
    {
        var document = await ExportAsync();
        await _store.Facts.EditAsync("trump-took-office", "A: Edited after the export.", CurationStore.Bob);
        Fact(document, "trump-took-office")["answer"] = "Imported answer.";

        var result = await _store.Importer.ImportAsync(document.ToJsonString(), CurationStore.Alice);

        Assert.Contains("the document has v1 but the store is at v2", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Edited after the export.", (await _store.Store.GetFactAsync("trump-took-office"))!.Answer);
    }

    [Theory]
    [InlineData("not json", "document")]
    [InlineData("""{"format":"other","formatVersion":1}""", "format")]
    [InlineData("""{"format":"chatbot-store","formatVersion":1,"sources":[{"id":"Bad Id","title":"t","outlet":"o","text":"x"}]}""", "sources[0] 'Bad Id'")]
    [InlineData("""{"format":"chatbot-store","formatVersion":1,"sources":[{"id":"bbc-pentagon-kyiv","title":"changed","outlet":"o","text":"x"}]}""", "sources[0] 'bbc-pentagon-kyiv'")]
    [InlineData("""{"format":"chatbot-store","formatVersion":1,"facts":[{"id":"x","question":"Q?","answer":"A","quotes":[{"source":"nope","text":"t"}]}]}""", "facts[0] 'x'")]
    [InlineData("""{"format":"chatbot-store","formatVersion":1,"facts":[{"id":"x","question":"When did Donald Trump take office","answer":"A","quotes":[{"source":"bbc-pentagon-kyiv","text":"Kremlin spokesperson Dmitry Peskov"}]}]}""", "fact 'x'")]
    [InlineData("""{"format":"chatbot-store","formatVersion":1,"synonyms":[["one", "two words"]]}""", "synonyms[0]")]
    public async Task Invalid_documents_are_refused_with_the_entry_at_fault(string json, string field)
    {
        var revision = await _store.Store.GetRevisionAsync();

        var result = await _store.Importer.ImportAsync(json, CurationStore.Alice);

        Assert.Contains(result.Errors, e => e.Label == field);
        Assert.Equal(revision, await _store.Store.GetRevisionAsync());
    }
}
