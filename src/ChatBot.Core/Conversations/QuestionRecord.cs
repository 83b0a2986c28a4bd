namespace ChatBot.Core.Conversations;

/// <summary>One question a user asked and what the bot made of it.</summary>
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
    IReadOnlyList<string> Alternatives);
