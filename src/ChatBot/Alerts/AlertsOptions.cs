namespace ChatBot.Alerts;

/// <summary>The "Alerts" section: pacing, retry policy and the dispatcher's loop settings.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>Off leaves alerts queued (e.g. a second instance that must not send).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Telegram allows about 30 messages a second to different chats; 25 leaves headroom for replies.</summary>
    public double GlobalMessagesPerSecond { get; set; } = 25;

    /// <summary>Telegram allows about one message a second to the same chat.</summary>
    public double PerChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Telegram allows about 20 messages a minute in a group or channel.</summary>
    public double PerGroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Sends per delivery before a transient failure (5xx, dropped connection) becomes final.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay after a transient failure; doubles each attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sends in flight at once: pacing sets the rate, this only hides network latency.</summary>
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>How often the outbox is checked when nothing is due (alerts written by curation wake no one).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 200;

    /// <summary>On shutdown, how long sends already in flight may finish before they are cancelled.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one sendMessage request.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claimed delivery may stay 'sending' without a recorded outcome before the running dispatcher puts
    /// it back in the queue (sent again: at-least-once, counted against <see cref="MaxAttempts"/>). At least twice
    /// <see cref="SendTimeout"/>, so a send still waiting for its answer is never sent a second time.
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);
}
