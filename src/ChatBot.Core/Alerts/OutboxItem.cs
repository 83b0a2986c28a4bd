namespace ChatBot.Core.Alerts;

/// <summary>
/// A due delivery with what the dispatcher needs to send it. Once claimed, <see cref="ClaimedUntil"/> is the lease
/// the claim took: the outbox records an outcome only for the claim that still holds it.
/// </summary>
public sealed record OutboxItem(
    long DeliveryId,
    long AlertId,
    long ChatId,
    int Attempts,
    string Html,
    string? FactId,
    DateTimeOffset ClaimedUntil = default)
{
    /// <summary>The language of <see cref="Html"/> when it is not English ("uk", "ru"), for the words of its button.</summary>
    public string? Language { get; init; }
}
