using System.Globalization;
using ChatBot.Core.Alerts;

namespace ChatBot.Telegram.Texts.Curation;

public sealed partial class RussianCuratorTexts
{
    public string NoAlerts => "Оповещений ещё не было.";

    public string LatestAlerts => "Последние оповещения:";

    public string AlertLine(AlertStatus alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var what = alert.Kind == AlertKind.Broadcast ? "объявление" : $"факт {alert.FactId}";
        return string.Create(CultureInfo.InvariantCulture, $"#{alert.AlertId} {what}, автор {alert.CreatedBy}, {EnglishCuratorTexts.Utc(alert.CreatedAt)} UTC: ") +
            string.Create(CultureInfo.InvariantCulture,
                $"отправлено — {alert.Sent}, в очереди — {alert.Queued + alert.Sending}, не удалось — {alert.Failed}, заблокировано — {alert.Blocked}, " +
                $"отменено — {alert.Cancelled} (из {alert.Total})");
    }

    public string BroadcastUsage => "Как пользоваться: /broadcast <текст>";

    public string BroadcastStored(long alertId) =>
        string.Create(CultureInfo.InvariantCulture, $"Объявление #{alertId} сохранено; активных подписчиков нет.");

    public string BroadcastQueued(long alertId, int recipients) =>
        string.Create(CultureInfo.InvariantCulture, $"Объявление #{alertId} поставлено в очередь для ") +
        TextParts.Count(recipients, "подписчика", "подписчиков", "подписчиков") + ". /alerts показывает, как идёт рассылка.";
}
