namespace ChatBot.Core.Alerts;

public enum SendOutcome
{
    Sent,

    /// <summary>429: Telegram wants every send paused for the given time.</summary>
    RetryAfter,

    /// <summary>403 or a chat that no longer exists: never send to this chat again until it resubscribes.</summary>
    Blocked,

    /// <summary>5xx, timeout or a dropped connection: worth retrying later.</summary>
    Transient,

    /// <summary>Telegram refused this message itself (400): retrying the same text cannot help.</summary>
    Rejected,
}
