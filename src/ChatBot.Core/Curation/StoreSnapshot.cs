using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>Everything curated, retired facts included, read in one transaction.</summary>
public sealed record StoreSnapshot(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<IReadOnlyList<string>> SynonymGroups,
    long Revision);
