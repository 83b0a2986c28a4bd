namespace ChatBot.Core.Alerts;

/// <summary>Where one (alert, chat) delivery stands. Stored as the lower-case name.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its turn (or for a retry after a transient failure or a 429).</summary>
    Queued,

    /// <summary>Claimed by the dispatcher; the send is in flight, or the process died while it was.</summary>
    Sending,

    Sent,

    /// <summary>Given up: too many transient failures, or Telegram rejected the message itself.</summary>
    Failed,

    /// <summary>The chat blocked the bot (403) or no longer exists; the subscriber was deactivated.</summary>
    Blocked,
}
