namespace ChatBot.Core.Facts;

/// <summary>Full-text candidate retrieval over active facts, kept in step with the facts by the storage backend.</summary>
public interface IFactSearch
{
    /// <param name="termGroups">Each group lists interchangeable words (a word, its spelling fix, its synonyms).</param>
    /// <param name="limit">How many candidates at most, best first.</param>
    /// <param name="everyGroup">Only facts matching every group (else any group).</param>
    IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int limit, bool everyGroup = false);
}
