using System.Globalization;
using ChatBot.Core.Alerts;

namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class EnglishCuratorTexts
{
    public string NoAlerts => "No alerts yet.";

    public string LatestAlerts => "Latest alerts:";

    public string AlertLine(AlertStatus alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var what = alert.Kind == AlertKind.Broadcast ? "broadcast" : $"fact {alert.FactId}";
        return string.Create(CultureInfo.InvariantCulture, $"#{alert.AlertId} {what} by {alert.CreatedBy}, {Utc(alert.CreatedAt)} UTC: ") +
            string.Create(CultureInfo.InvariantCulture,
                $"{alert.Sent} sent, {alert.Queued + alert.Sending} queued, {alert.Failed} failed, {alert.Blocked} blocked, {alert.Cancelled} cancelled (of {alert.Total})");
    }

    public string BroadcastUsage => "Usage: /broadcast <text>";

    public string BroadcastStored(long alertId) => string.Create(CultureInfo.InvariantCulture, $"Broadcast #{alertId} stored; there are no active subscribers.");

    public string BroadcastQueued(long alertId, int recipients) =>
        string.Create(CultureInfo.InvariantCulture, $"Broadcast #{alertId} queued for {Of(recipients, "subscriber")}. /alerts shows its progress.");
}
