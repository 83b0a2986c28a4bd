namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// One question as users asked it, grouped by <see cref="QuestionKey"/>: how often, when last, the fact askers picked
/// under "did you mean" most often, and the fact given with low confidence (if it was answered at all).
/// </summary>
public sealed record AskedQuestion(
    string Key,
    string Text,
    int Count,
    DateTimeOffset LastAsked,
    string? ChosenFactId,
    string? AnsweredFactId);
