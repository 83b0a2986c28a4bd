using System.Globalization;
using ChatBot.Core.Alerts;

namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class UkrainianCuratorTexts
{
    public string NoAlerts => "Сповіщень ще не було.";

    public string LatestAlerts => "Останні сповіщення:";

    public string AlertLine(AlertStatus alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var what = alert.Kind == AlertKind.Broadcast ? "оголошення" : $"факт {alert.FactId}";
        return string.Create(CultureInfo.InvariantCulture, $"#{alert.AlertId} {what}, автор {alert.CreatedBy}, {EnglishCuratorTexts.Utc(alert.CreatedAt)} UTC: ") +
            string.Create(CultureInfo.InvariantCulture,
                $"надіслано — {alert.Sent}, у черзі — {alert.Queued + alert.Sending}, не вдалося — {alert.Failed}, заблоковано — {alert.Blocked}, " +
                $"скасовано — {alert.Cancelled} (з {alert.Total})");
    }

    public string BroadcastUsage => "Як користуватися: /broadcast <текст>";

    public string BroadcastStored(long alertId) =>
        string.Create(CultureInfo.InvariantCulture, $"Оголошення #{alertId} збережено; активних підписників немає.");

    public string BroadcastQueued(long alertId, int recipients) =>
        string.Create(CultureInfo.InvariantCulture, $"Оголошення #{alertId} поставлено в чергу для ") +
        TextParts.Count(recipients, "підписника", "підписників", "підписників") + ". /alerts показує, як іде розсилка.";
}
