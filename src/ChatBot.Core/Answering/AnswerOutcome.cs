using ChatBot.Core.Facts;

namespace ChatBot.Core.Answering;

/// <summary>
/// What the bot knows about one question: a cited fact, or nothing, plus facts it could have meant. When no fact
/// answers, <see cref="Passage"/> may hold a source sentence that states what was asked: shown as the source's words,
/// never as a verified fact.
/// </summary>
public sealed record AnswerOutcome(
    string Question,
    bool Answered,
    Fact? Fact,
    IReadOnlyList<Citation> Citations,
    double Confidence,
    IReadOnlyList<Suggestion> Alternatives,
    PassageAnswer? Passage = null)
{
    /// <summary>The language the question was asked in ("en", "uk", "ru", "de", "fr"); answers are in English.</summary>
    public string Language { get; init; } = Languages.QuestionLanguage.English;

    /// <summary>No answer; the confidence is that of the best guess offered, if any.</summary>
    public static AnswerOutcome Unanswered(string question, IReadOnlyList<Suggestion> alternatives, PassageAnswer? passage = null) =>
        new(question, false, null, [], alternatives.Count > 0 ? alternatives[0].Confidence : 0, alternatives, passage);
}
