using System.Text.Json;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation.Transfer;

/// <summary>
/// /import: checks the whole document against the store first (sources, quotes verbatim, ids, dates, versions, one
/// owner per question) and only then applies it in one transaction. Facts not in the document are left alone; facts in
/// it become new versions when they differ, refused when the store has moved past the version they were exported at.
/// </summary>
public sealed class StoreImporter(ICurationRepository repository, TimeProvider time)
{
    public async Task<CurationResult<ImportSummary>> ImportAsync(string json, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(actor);
        StoreDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CurationJson.Default.StoreDocument);
        }
        catch (JsonException e)
        {
            return CurationResult.Fail<ImportSummary>(FieldNames.Document,
                new FieldProblem.InvalidJson(FieldReader.Shorten(e.Message, 200), e.LineNumber + 1, e.BytePositionInLine + 1));
        }
        if (document is null || document.Format != StoreDocument.FormatName || document.FormatVersion != StoreDocument.CurrentFormatVersion)
        {
            return CurationResult.Fail<ImportSummary>(FieldNames.Format,
                new FieldProblem.NotAnExport(StoreDocument.FormatName, StoreDocument.CurrentFormatVersion));
        }
        var snapshot = await repository.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<FieldError>();
        var newSources = SourceImport.Check(document.Sources ?? [], snapshot.Sources, errors);
        var sources = snapshot.Sources.Concat(newSources).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var candidates = FactImport.Check(document.Facts ?? [], sources, actor, now, errors);
        var stored = snapshot.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var added = new List<Fact>();
        var updated = new List<FactUpdate>();
        var unchanged = 0;
        foreach (var c in candidates)
        {
            if (!stored.TryGetValue(c.Id, out var current))
            {
                added.Add(c with { Version = 1 });
            }
            else if (FactContent.Same(current, c))
            {
                unchanged++;
            }
            else if (c.Version != 0 && c.Version != current.Version)
            {
                errors.Add(new FieldError(FieldNames.None, new FieldProblem.ExportOutdated(c.Id, c.Version, current.Version)));
            }
            else
            {
                updated.Add(new FactUpdate(c with { Version = current.Version + 1, CreatedBy = current.CreatedBy, CreatedAt = current.CreatedAt },
                    current.Version));
            }
        }
        CheckQuestionOwners(stored, candidates, errors);
        var groups = NewSynonymGroups(document.Synonyms ?? [], snapshot.SynonymGroups, errors);
        if (errors.Count > 0)
        {
            return CurationResult.Fail<ImportSummary>(errors);
        }
        var plan = new ImportPlan(newSources, added, updated, groups, unchanged);
        var summary = new ImportSummary(newSources.Count, added.Count, updated.Count, unchanged, groups.Count,
            [.. added.Select(f => f.Id)], [.. updated.Select(u => u.Fact.Id)]);
        if (plan.IsEmpty)
        {
            return CurationResult.Ok(summary);
        }
        var outcome = await repository.ImportAsync(plan, actor, cancellationToken).ConfigureAwait(false);
        return outcome.Status == WriteStatus.Saved
            ? CurationResult.Ok(summary)
            : CurationResult.Fail<ImportSummary>(FieldNames.Document, new FieldProblem.StoreChangedMeanwhile(outcome.Detail));
    }

    private static void CheckQuestionOwners(Dictionary<string, Fact> stored, List<Fact> candidates, List<FieldError> errors)
    {
        var final = new Dictionary<string, Fact>(stored, StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            final[c.Id] = c;
        }
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in final.Values.Where(f => f.Status == FactStatus.Active))
        {
            foreach (var key in fact.AllQuestions.Select(QuestionKey.Of).Distinct(StringComparer.Ordinal))
            {
                if (owners.TryGetValue(key, out var other))
                {
                    errors.Add(new FieldError(FieldNames.None, new FieldProblem.QuestionAlsoOf(fact.Id, FieldReader.Shorten(key), other)));
                }
                else
                {
                    owners[key] = fact.Id;
                }
            }
        }
    }

    private static List<IReadOnlyList<string>> NewSynonymGroups(IReadOnlyList<IReadOnlyList<string>> groups,
        IReadOnlyList<IReadOnlyList<string>> stored, List<FieldError> errors)
    {
        static string Key(IEnumerable<string> words) => string.Join(' ', words.Order(StringComparer.Ordinal));
        var known = stored.Select(Key).ToHashSet(StringComparer.Ordinal);
        var added = new List<IReadOnlyList<string>>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i] is null)
            {
                errors.Add(new FieldError($"synonyms[{i}]", new FieldProblem.NullEntry(JsonEntry.SynonymGroup)));
                continue;
            }
            var words = groups[i].Select(w => Tokenizer.Tokenize(w ?? string.Empty)).ToList();
            // One-word groups are kept (the seed has them as placeholders); the matcher ignores them.
            if (words.Count == 0 || words.Any(t => t.Count != 1))
            {
                errors.Add(new FieldError($"synonyms[{i}]", new FieldProblem.NotSingleWords()));
                continue;
            }
            var group = words.Select(t => t[0]).Distinct(StringComparer.Ordinal).ToList();
            if (known.Add(Key(group)))
            {
                added.Add(group);
            }
        }
        return added;
    }
}
