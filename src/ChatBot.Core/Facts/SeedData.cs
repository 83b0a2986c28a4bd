namespace ChatBot.Core.Facts;

/// <summary>The curated content shipped in data/: sources, facts and synonym groups.</summary>
public sealed record SeedData(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<IReadOnlyList<string>> SynonymGroups);
