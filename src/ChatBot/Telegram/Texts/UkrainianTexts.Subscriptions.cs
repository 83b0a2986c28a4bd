namespace ChatBot.Telegram.Texts;

/// <remarks>Plain text: the command escapes it. Topics are the facts' tags, shown as curated.</remarks>
public sealed partial class UkrainianTexts
{
    public string UnknownTopics(IReadOnlyList<string> unknown, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        return $"{(unknown.Count == 1 ? "Невідома тема" : "Невідомі теми")}: {string.Join(", ", unknown)}. Теми: {string.Join(", ", known)}.";
    }

    public string WelcomeBack => "З поверненням: сповіщення знову ввімкнено. ";

    public string SubscribedToAll =>
        "Ви підписалися на всі оновлення: сповіщення надходитиме щоразу, коли факт додають або виправляють. /unsubscribe їх зупиняє.";

    public string AlreadySubscribedToAll => "Ви вже підписані на всі оновлення.";

    public string AllIncludesTopics => "Ви вже отримуєте всі оновлення, зокрема й ці теми. Щоб стежити лише за деякими темами, спершу надішліть /unsubscribe.";

    public string SubscribedTo(IReadOnlyList<string> added, IReadOnlyList<string> now) =>
        $"Ви підписалися на: {string.Join(", ", added)}." + (added.Order(StringComparer.Ordinal).SequenceEqual(now.Order(StringComparer.Ordinal)) ? "" : $" Ви стежите за: {string.Join(", ", now)}.");

    public string AlreadyFollow(IReadOnlyList<string> now) => $"Ви вже стежите за: {string.Join(", ", now)}.";

    public string NoSubscriptions => "У вас немає підписок.";

    public string UnsubscribeAllFirst =>
        "Ви отримуєте всі оновлення. Надішліть /unsubscribe, щоб зупинити всі, а потім /subscribe з назвами тем, щоб стежити лише за деякими.";

    public string UnsubscribedAll => "Підписку скасовано: сповіщень більше не буде. /subscribe знову їх увімкне.";

    public string UnsubscribedFrom(IReadOnlyList<string> removed) => $"Ви відписалися від: {string.Join(", ", removed)}.";

    public string DidNotFollow(IReadOnlyList<string> notFollowed) => $"Ви не стежили за: {string.Join(", ", notFollowed)}.";

    public string StillFollow(IReadOnlyList<string> now) => $"Ви й далі стежите за: {string.Join(", ", now)}.";

    public string NoSubscriptionsHint(IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return "У вас немає підписок. /subscribe — усі оновлення; /subscribe з назвою теми — лише деякі."
            + (known.Count > 0 ? $" Теми: {string.Join(", ", known)}." : "");
    }

    public string GetsAll => "Ви отримуєте всі оновлення.";

    public string Follows(IReadOnlyList<string> tags) => $"Ви стежите за: {string.Join(", ", tags)}.";

    public string Paused => " Сповіщення призупинено, бо цей чат заблокував бота; надішліть /subscribe, щоб відновити.";
}
