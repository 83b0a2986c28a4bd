namespace ChatBot.Core.Curation.Transfer;

public sealed record ImportSummary(
    int SourcesAdded,
    int FactsAdded,
    int FactsUpdated,
    int FactsUnchanged,
    int SynonymGroupsAdded,
    IReadOnlyList<string> AddedIds,
    IReadOnlyList<string> UpdatedIds);
