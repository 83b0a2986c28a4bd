namespace ChatBot.Core.Conversations;

/// <summary>
/// One question a user asked and what the bot made of it. <see cref="Language"/> is the language it was read in
/// ("en", "uk", "ru", "de", "fr"); null for questions logged before the log kept it.
/// </summary>
public sealed record QuestionRecord(
    long? UpdateId,
    DateTimeOffset AskedAt,
    long ChatId,
    long? UserId,
    string ChatType,
    string Question,
    bool Answered,
    string? FactId,
    double Confidence,
    IReadOnlyList<string> Alternatives,
    string? Language = null);
