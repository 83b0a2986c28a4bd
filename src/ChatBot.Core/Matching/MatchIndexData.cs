namespace ChatBot.Core.Matching;

/// <summary>
/// The flat arrays of a <see cref="MatchIndex"/>. Per-fact and per-question lists are slices of one array each,
/// delimited by a start array one longer than the number of facts (or questions).
/// </summary>
internal sealed record MatchIndexData(
    string[] FactIds,
    Dictionary<string, int> Positions,
    AnswerKind[] Kinds,
    int[] ConceptStart,
    int[] Concepts,
    int[] QuestionStart,
    int[] QuestionConceptStart,
    int[] QuestionConcepts,
    double[] QuestionWeights,
    int[] CountedStart,
    int[] Counted,
    Dictionary<string, int> ConceptIds,
    int[] DocumentFrequency,
    double[] Weights,
    int[] PostingStart,
    int[] Postings)
{
    private const double MinWeight = 0.2;

    public static double WeightOf(int documentFrequency, int factCount) =>
        Math.Max(MinWeight, Math.Log((factCount + 1.0) / (documentFrequency + 0.5)));
}
