namespace ChatBot.Telegram.Texts;

/// <remarks>Plain text: the command escapes it. Topics are the facts' tags, shown as curated.</remarks>
public sealed partial class RussianTexts
{
    public string UnknownTopics(IReadOnlyList<string> unknown, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        return $"{(unknown.Count == 1 ? "Неизвестная тема" : "Неизвестные темы")}: {string.Join(", ", unknown)}. Темы: {string.Join(", ", known)}.";
    }

    public string WelcomeBack => "С возвращением: уведомления снова включены. ";

    public string SubscribedToAll =>
        "Вы подписались на все обновления: уведомление будет приходить каждый раз, когда факт добавляют или исправляют. /unsubscribe их останавливает.";

    public string AlreadySubscribedToAll => "Вы уже подписаны на все обновления.";

    public string AllIncludesTopics => "Вы уже получаете все обновления, в том числе эти темы. Чтобы следить только за некоторыми темами, сначала отправьте /unsubscribe.";

    public string SubscribedTo(IReadOnlyList<string> added, IReadOnlyList<string> now) =>
        $"Вы подписались на: {string.Join(", ", added)}." + (added.Order(StringComparer.Ordinal).SequenceEqual(now.Order(StringComparer.Ordinal)) ? "" : $" Вы следите за: {string.Join(", ", now)}.");

    public string AlreadyFollow(IReadOnlyList<string> now) => $"Вы уже следите за: {string.Join(", ", now)}.";

    public string NoSubscriptions => "У вас нет подписок.";

    public string UnsubscribeAllFirst =>
        "Вы получаете все обновления. Отправьте /unsubscribe, чтобы остановить все, а затем /subscribe с названиями тем, чтобы следить только за некоторыми.";

    public string UnsubscribedAll => "Подписка отменена: уведомлений больше не будет. /subscribe снова их включит.";

    public string UnsubscribedFrom(IReadOnlyList<string> removed) => $"Вы отписались от: {string.Join(", ", removed)}.";

    public string DidNotFollow(IReadOnlyList<string> notFollowed) => $"Вы не следили за: {string.Join(", ", notFollowed)}.";

    public string StillFollow(IReadOnlyList<string> now) => $"Вы по-прежнему следите за: {string.Join(", ", now)}.";

    public string NoSubscriptionsHint(IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return "У вас нет подписок. /subscribe — все обновления; /subscribe с названием темы — только некоторые."
            + (known.Count > 0 ? $" Темы: {string.Join(", ", known)}." : "");
    }

    public string GetsAll => "Вы получаете все обновления.";

    public string Follows(IReadOnlyList<string> tags) => $"Вы следите за: {string.Join(", ", tags)}.";

    public string Paused => " Уведомления приостановлены, потому что этот чат заблокировал бота; отправьте /subscribe, чтобы возобновить.";
}
