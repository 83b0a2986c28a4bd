namespace ChatBot.Core.Alerts;

/// <summary>Where one (alert, chat) delivery stands. Stored as the lower-case name.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its turn (or for a retry after a transient failure or a 429).</summary>
    Queued,

    /// <summary>
    /// Claimed by the dispatcher until its lease expires; the send is in flight, or its outcome could not be recorded,
    /// or the process died while it was. An expired lease puts it back in the queue.
    /// </summary>
    Sending,

    Sent,

    /// <summary>Given up: too many transient failures, or Telegram rejected the message itself.</summary>
    Failed,

    /// <summary>The chat blocked the bot (403) or no longer exists; the subscriber was deactivated.</summary>
    Blocked,

    /// <summary>Never sent: the chat unsubscribed (or stopped following the alert's topics) before its turn.</summary>
    Cancelled,
}
