namespace ChatBot.Core.Feedback;

/// <summary>
/// A down-voted answer for /feedback: the question and the fact given, and the other fact the bot now answers it with,
/// for a one-tap "attach the question there" (null when it answers with none: then <see cref="Closest"/> holds the
/// nearest other facts for information, none of which passed the matcher's checks).
/// </summary>
public sealed record FeedbackItem(VotedQuestion Question, string FactQuestion, string? OtherFactId, string? OtherQuestion)
{
    public IReadOnlyList<Curation.Insights.ClosestFact> Closest { get; init; } = [];
}
