namespace ChatBot.Core.Alerts;

/// <summary>A due delivery with what the dispatcher needs to send it.</summary>
public sealed record OutboxItem(
    long DeliveryId,
    long AlertId,
    long ChatId,
    int Attempts,
    string Html,
    string? FactId);
