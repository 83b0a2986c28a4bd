namespace ChatBot.Core.Matching;

/// <summary>
/// The analysed form of one fact as sorted concept ids: every concept it mentions, and those of each stored
/// question with that question's total weight precomputed. Compact, so a store of 100k facts fits in memory.
/// </summary>
public sealed record FactProfile(string FactId, int[] Concepts, int[][] Questions, AnswerKind Kinds)
{
    public double[] QuestionWeights { get; init; } = [];

    /// <summary>Every concept of any stored question, sorted: what the fact is asked about, not just quoted.</summary>
    public int[] AskedConcepts { get; init; } = [];

    public bool Mentions(int concept) => concept >= 0 && Array.BinarySearch(Concepts, concept) >= 0;

    public static bool Has(int[] sortedConcepts, int concept) => concept >= 0 && Array.BinarySearch(sortedConcepts, concept) >= 0;
}
