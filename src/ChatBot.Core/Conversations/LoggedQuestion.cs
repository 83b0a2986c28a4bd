namespace ChatBot.Core.Conversations;

/// <summary>A question-log row as curators read it; <see cref="ChosenFactId"/> is the "did you mean" button pressed.</summary>
public sealed record LoggedQuestion(
    long Id,
    QuestionRecord Record,
    string? ChosenFactId,
    DateTimeOffset? ChosenAt);
