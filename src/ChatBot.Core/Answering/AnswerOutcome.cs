using ChatBot.Core.Facts;

namespace ChatBot.Core.Answering;

/// <summary>What the bot knows about one question: a cited fact, or nothing, plus facts it could have meant.</summary>
public sealed record AnswerOutcome(
    string Question,
    bool Answered,
    Fact? Fact,
    IReadOnlyList<Citation> Citations,
    double Confidence,
    IReadOnlyList<Suggestion> Alternatives)
{
    public static AnswerOutcome Unanswered(string question, IReadOnlyList<Suggestion> alternatives) =>
        new(question, false, null, [], 0, alternatives);
}
