using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>The validated changes an import makes, applied together or not at all.</summary>
public sealed record ImportPlan(
    IReadOnlyList<Source> NewSources,
    IReadOnlyList<Fact> NewFacts,
    IReadOnlyList<FactUpdate> UpdatedFacts,
    IReadOnlyList<IReadOnlyList<string>> NewSynonymGroups,
    int UnchangedFacts)
{
    public bool IsEmpty => NewSources.Count == 0 && NewFacts.Count == 0 && UpdatedFacts.Count == 0 && NewSynonymGroups.Count == 0;
}
