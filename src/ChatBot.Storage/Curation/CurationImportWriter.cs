using ChatBot.Core.Curation;
using ChatBot.Storage.Receipts;

namespace ChatBot.Storage.Curation;

/// <summary>Applies a validated import in one transaction, re-checking inside it that the store has not moved since.</summary>
internal static class CurationImportWriter
{
    public static WriteOutcome Apply(SqliteDatabase database, ImportPlan plan, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        foreach (var source in plan.NewSources)
        {
            if (CurationWrites.SourceConflict(c, tx, source) is { } conflict)
            {
                return new WriteOutcome(WriteStatus.Conflict, 0, conflict);
            }
            CurationWrites.AddSource(c, tx, source, actor.Label, at);
        }
        foreach (var fact in plan.NewFacts)
        {
            if (CurationSql.Version(c, tx, fact.Id) is not null)
            {
                return new WriteOutcome(WriteStatus.Conflict, 0, $"fact '{fact.Id}' was added meanwhile");
            }
            CurationWrites.SaveFact(c, tx, null, fact, "import");
        }
        foreach (var update in plan.UpdatedFacts)
        {
            var before = SqliteFactStore.ReadFact(c, tx, update.Fact.Id);
            if (before is null || before.Version != update.ExpectedVersion)
            {
                return new WriteOutcome(WriteStatus.Stale, before?.Version ?? 0, $"fact '{update.Fact.Id}' changed meanwhile");
            }
            CurationWrites.SaveFact(c, tx, before, update.Fact, "import");
        }
        foreach (var group in plan.NewSynonymGroups)
        {
            CurationWrites.AddSynonymGroup(c, tx, group, actor.Label, at);
        }
        FactWriter.Audit(c, tx, actor.Label, at, "import", "store",
            $"{plan.NewSources.Count} sources, {plan.NewFacts.Count} new facts, {plan.UpdatedFacts.Count} updated, {plan.NewSynonymGroups.Count} synonym groups");
        FactWriter.BumpRevision(c, tx);
        w.Commit();
        return WriteOutcome.Saved(0);
    }
}
