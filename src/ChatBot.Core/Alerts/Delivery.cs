namespace ChatBot.Core.Alerts;

/// <summary>One (alert, chat) row of the outbox; the pair is unique, which is what "at most once" rests on.</summary>
public sealed record Delivery(
    long Id,
    long AlertId,
    long ChatId,
    DeliveryState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError);
