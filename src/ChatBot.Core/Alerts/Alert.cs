namespace ChatBot.Core.Alerts;

/// <summary>A message to fan out to subscribers, rendered once when it is enqueued.</summary>
public sealed record Alert(
    long Id,
    AlertKind Kind,
    string? FactId,
    string Html,
    string CreatedBy,
    DateTimeOffset CreatedAt);
