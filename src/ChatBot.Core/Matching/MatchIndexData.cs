using System.Buffers;

namespace ChatBot.Core.Matching;

/// <summary>
/// The flat arrays of a <see cref="MatchIndex"/>. Per-fact and per-question lists are slices of one array each,
/// delimited by a start array one longer than the number of facts (or questions).
/// </summary>
internal sealed record MatchIndexData(
    string[] FactIds,
    Dictionary<string, int> Positions,
    AnswerKind[] Kinds,
    ulong[] Focus,
    int[] PairStart,
    long[] Pairs,
    Dictionary<string, int> Owners,
    int[] ConceptStart,
    int[] Concepts,
    int[] QuestionStart,
    int[] QuestionConceptStart,
    int[] QuestionConcepts,
    double[] QuestionWeights,
    int[] CountedStart,
    int[] Counted,
    int[] UnnamedStart,
    int[] Unnamed,
    int[] TitledStart,
    int[] Titled,
    int[] SpeakerStart,
    int[] Speakers,
    int[] PlaceStart,
    int[] Places,
    int[] StatedStart,
    int[] Stated,
    int[] FactSentenceStart,
    int[] SentenceStart,
    bool[] SentenceDated,
    int[] SentenceConcepts,
    Dictionary<string, int> ConceptIds,
    int[] DocumentFrequency,
    double[] Weights,
    int[] PostingStart,
    int[] Postings)
{
    private const double MinWeight = 0.2;

    public static double WeightOf(int documentFrequency, int factCount) =>
        Math.Max(MinWeight, Math.Log((factCount + 1.0) / (documentFrequency + 0.5)));

    /// <summary>Postings by concept, each fact's position shifted left with the "asked about" flag in the low bit.</summary>
    public MatchIndexData WithPostings()
    {
        var d = this;
        var start = new int[d.DocumentFrequency.Length + 1];
        for (var c = 0; c < d.DocumentFrequency.Length; c++)
        {
            start[c + 1] = start[c] + d.DocumentFrequency[c];
        }
        var postings = new int[start[^1]];
        var fill = ArrayPool<int>.Shared.Rent(d.DocumentFrequency.Length);
        try
        {
            Array.Copy(start, fill, d.DocumentFrequency.Length);
            for (var f = 0; f < d.FactIds.Length; f++)
            {
                var questions = d.QuestionConcepts.AsSpan(
                    d.QuestionConceptStart[d.QuestionStart[f]],
                    d.QuestionConceptStart[d.QuestionStart[f + 1]] - d.QuestionConceptStart[d.QuestionStart[f]]);
                foreach (var c in d.Concepts.AsSpan(d.ConceptStart[f], d.ConceptStart[f + 1] - d.ConceptStart[f]))
                {
                    postings[fill[c]++] = (f << 1) | (questions.Contains(c) ? 1 : 0);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(fill);
        }
        return d with { PostingStart = start, Postings = postings };
    }
}
