namespace ChatBot.Core.Feedback;

/// <summary>
/// A down-voted answer for /feedback: the question and the fact given, and the fact the matcher would otherwise
/// suggest (null when nothing else comes close), for a one-tap "attach the question there".
/// </summary>
public sealed record FeedbackItem(VotedQuestion Question, string FactQuestion, string? OtherFactId, string? OtherQuestion);
