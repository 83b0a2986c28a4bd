namespace ChatBot.Core.Matching;

/// <summary>A question reduced to what it asks for (<see cref="Kind"/>) and about (<see cref="Concepts"/>).</summary>
public sealed record AnalyzedQuestion(AnswerKind Kind, string? WhWord, IReadOnlyList<QueryConcept> Concepts)
{
    /// <summary>Id of the question word as a concept of stored questions, -1 when none.</summary>
    public int WhId { get; init; } = -1;
}
