namespace ChatBot.Core.Matching;

/// <summary>
/// One meaningful word of a question: its concept key and id (-1 when no fact uses it), whether it was a typo fix,
/// and whether the asker wrote it as a name.
/// </summary>
public sealed record QueryConcept(string Key, string Word, bool Corrected, bool IsName = false)
{
    public int Id { get; init; } = -1;

    /// <summary>Whether the word comes in a sentence before the one that asks (<see cref="QuestionAnalyzer.PreambleTokens"/>).</summary>
    public bool InPreamble { get; init; }

    /// <summary>Concepts of the store's words related to this one (RelatedWords): they explain it at a discount.</summary>
    public int[] Related { get; init; } = [];
}
