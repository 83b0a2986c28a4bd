namespace ChatBot.Core.Alerts;

/// <summary>How one send went, reduced to what the dispatcher's policy needs.</summary>
public sealed record SendResult(SendOutcome Outcome, int? MessageId = null, TimeSpan RetryAfter = default, string? Error = null)
{
    public static SendResult Sent(int messageId) => new(SendOutcome.Sent, MessageId: messageId);

    public static SendResult Wait(TimeSpan retryAfter, string? error = null) =>
        new(SendOutcome.RetryAfter, RetryAfter: retryAfter, Error: error ?? $"429 retry after {retryAfter.TotalSeconds:0.#} s");

    public static SendResult Blocked(string reason) => new(SendOutcome.Blocked, Error: reason);

    public static SendResult Transient(string error) => new(SendOutcome.Transient, Error: error);

    public static SendResult Rejected(string error) => new(SendOutcome.Rejected, Error: error);
}
