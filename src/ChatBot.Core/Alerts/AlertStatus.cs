namespace ChatBot.Core.Alerts;

/// <summary>An alert with its deliveries counted by state, for /alerts.</summary>
public sealed record AlertStatus(
    long AlertId,
    AlertKind Kind,
    string? FactId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    int Queued,
    int Sending,
    int Sent,
    int Failed,
    int Blocked,
    int Cancelled)
{
    public int Total => Queued + Sending + Sent + Failed + Blocked + Cancelled;
}
