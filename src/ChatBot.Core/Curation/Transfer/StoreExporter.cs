using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Transfer;

/// <summary>/export: sources, every fact (retired included, with its version) and the synonym groups.</summary>
public sealed class StoreExporter(ICurationRepository repository, TimeProvider time)
{
    public async Task<ExportFile> ExportAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await repository.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var document = new StoreDocument(
            StoreDocument.FormatName,
            StoreDocument.CurrentFormatVersion,
            now,
            snapshot.Revision,
            [.. snapshot.Sources.Select(s => new SourceEntry(s.Id, s.Title, s.Outlet, s.Url, Date(s.Published), s.Text))],
            [.. snapshot.Facts.Select(ToEntry)],
            snapshot.SynonymGroups);
        var json = JsonSerializer.Serialize(document, CurationJson.Default.StoreDocument);
        var name = $"chatbot-store-{now.UtcDateTime.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.json";
        return new ExportFile(name, json, snapshot.Sources.Count, snapshot.Facts.Count, snapshot.SynonymGroups.Count);
    }

    private static FactEntry ToEntry(Fact f) => new(
        f.Id, f.Question, f.Alternates, f.Answer, [.. f.Quotes.Select(q => new QuoteEntry(q.SourceId, q.Text))], f.Tags,
        Date(f.AsOf), f.Status == FactStatus.Active ? "active" : "retired", f.Version, f.Notify, f.UpdatedBy, f.UpdatedAt)
    {
        Translations = TranslationEntry.From(f.Translations)?.ToDictionary(p => p.Key, p => (TranslationEntry?)p.Value, StringComparer.Ordinal),
    };

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
