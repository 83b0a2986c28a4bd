using ChatBot.Core.Alerts;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>/alerts and /broadcast, in plain text (the commands escape it).</summary>
public partial interface ICuratorTexts
{
    string NoAlerts { get; }

    string LatestAlerts { get; }

    /// <summary>"#1 broadcast by tg:1 Admin, 2025-11-21 09:00 UTC: 2 sent, 0 queued, … (of 2)".</summary>
    string AlertLine(AlertStatus alert);

    string BroadcastUsage { get; }

    string BroadcastStored(long alertId);

    string BroadcastQueued(long alertId, int recipients);
}
