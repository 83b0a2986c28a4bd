namespace ChatBot.Core.Matching;

/// <summary>Interns concept keys as dense ids while an index is built, counting the facts that use each.</summary>
internal sealed class ConceptTable
{
    public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

    public List<int> DocumentFrequency { get; } = [];

    public int Intern(string concept)
    {
        if (!Ids.TryGetValue(concept, out var id))
        {
            id = Ids.Count;
            Ids[concept] = id;
            DocumentFrequency.Add(0);
        }
        return id;
    }

    public void Count(int[] factConcepts)
    {
        foreach (var c in factConcepts)
        {
            DocumentFrequency[c]++;
        }
    }
}
