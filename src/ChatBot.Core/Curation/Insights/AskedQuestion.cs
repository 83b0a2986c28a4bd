namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// One question as users asked it, grouped by <see cref="QuestionKey"/>: how often, when last, the fact askers picked
/// under "did you mean" most often, the fact given with low confidence (if it was answered at all), and the language
/// it was read in most often (null when the log did not keep it: asked before it did).
/// </summary>
public sealed record AskedQuestion(
    string Key,
    string Text,
    int Count,
    DateTimeOffset LastAsked,
    string? ChosenFactId,
    string? AnsweredFactId,
    string? Language = null);
