using ChatBot.Core.Privacy;
using ChatBot.Core.Rendering;
using ChatBot.Options;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Conversation;

namespace ChatBot.Telegram.Texts;

public sealed partial class RussianTexts
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["start"] = "Приветствие и примеры вопросов",
        ["help"] = "Как спрашивать, и команды",
        ["fact"] = "Показать ответ по его идентификатору",
        ["sources"] = "Документы-источники ответов",
        ["latest"] = "Что нового: последние добавленные, исправленные и отозванные ответы",
        ["subscribe"] = "Уведомления, когда факт меняется (можно указать темы)",
        ["unsubscribe"] = "Остановить уведомления (все или отдельных тем)",
        ["subscriptions"] = "О чём вы получаете уведомления",
        ["about"] = "Что это за бот и кто его ведёт",
        ["privacy"] = "Что я храню о вас и как долго",
        ["forgetme"] = "Удалить ваши вопросы, голоса и подписки",
        ["language"] = "Язык интерфейса",
        ["addfact"] = "Добавить факт с цитатой (для администраторов)",
        ["addsource"] = "Добавить документ-источник (для администраторов)",
        ["alerts"] = "Состояние доставки последних уведомлений (для администраторов)",
        ["alias"] = "Добавить альтернативный вопрос: /alias <идентификатор> [Q[uk]:] <вопрос> (для администраторов)",
        ["broadcast"] = "Отправить объявление всем подписчикам (для администраторов)",
        ["delfact"] = "Отозвать факт: /delfact <идентификатор> (для администраторов)",
        ["editfact"] = "Заменить поля факта: /editfact <идентификатор> [v<версия>] (для администраторов)",
        ["export"] = "Скачать всё хранилище в формате JSON (для администраторов)",
        ["facts"] = "Список фактов: /facts [страница|слова] (для администраторов)",
        ["feedback"] = "Ответы, получившие 👎, и вопросы к ним (для администраторов)",
        ["history"] = "Версии факта: /history <идентификатор> (для администраторов)",
        ["import"] = "Импортировать JSON-документ, созданный командой /export (для администраторов)",
        ["restorefact"] = "Восстановить факт или прежнюю версию: /restorefact <идентификатор> [v<версия>] (для администраторов)",
        ["stats"] = "Статистика использования (для администраторов)",
        ["synonym"] = "Добавить синонимы: /synonym <слово> <слово>… или удалить: /synonym remove <слово> (для администраторов)",
        ["unanswered"] = "Вопросы, на которые хранилище отвечает плохо (для администраторов)",
    };

    public string Describe(IBotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Descriptions.GetValueOrDefault(command.Name) ?? command.Description;
    }

    public string Help(IReadOnlyList<IBotCommand> commands, IReadOnlyList<string> examples, string? username)
    {
        var me = string.IsNullOrEmpty(username) ? "моё имя пользователя" : "@" + Html.Escape(username);
        return "<b>Как мной пользоваться</b>\n" + Coverage +
            "\n\nЗадавайте вопросы обычными словами — по-русски, по-украински, по-английски, по-немецки или по-французски. В группах упомяните меня или " +
            "ответьте на моё сообщение. В любом чате можно также набрать " + me + " и вопрос.\n\n<b>Команды</b>" +
            TextParts.Commands(commands, this) + "\n\n<b>Примеры</b>" + TextParts.Examples(examples);
    }

    public string FactUsage => "Как пользоваться: <code>/fact &lt;идентификатор&gt;</code>. Идентификатор факта указан под каждым оповещением (после «<code>fact</code>») и в ссылке на факт; чтобы получить ответ, просто задайте вопрос.";

    public string NoSources => "У меня пока нет документов-источников.";

    public string SourcesTitle => "<b>Источники</b>";

    public string AskPrivately => "Спросить в личном чате";

    public string GroupAdminsOnly =>
        "Только администраторы этой группы могут менять её уведомления. Попросите кого-то из них или отправьте /subscribe мне в личном чате.";

    public string GroupAdminUnknown => "Я не смог проверить, администратор ли вы в этой группе. Попробуйте ещё раз через минуту.";

    public string ForgetMeInGroup => "Чтобы сохранить приватность, отправьте /forgetme мне в личном чате.";

    public string SmallTalkReply(SmallTalkKind kind, string? example)
    {
        var ask = example is null ? "" : $" Попробуйте: <i>{Html.Escape(example)}</i>";
        return kind switch
        {
            SmallTalkKind.Thanks => "Пожалуйста! Спрашивайте ещё о мирных переговорах." + ask,
            SmallTalkKind.Acknowledgement => "👍 Спрашивайте о мирных переговорах когда угодно." + ask,
            SmallTalkKind.Identity => "Я бот, который отвечает на вопросы о мирных переговорах США, России и Украины и цитирует источники." + ask,
            _ => "Здравствуйте! Задайте мне вопрос о мирных переговорах США, России и Украины." + ask,
        };
    }

    public string GroupIntro(string botUsername) =>
        "Здравствуйте! Я отвечаю на вопросы о мирных переговорах США, России и Украины, каждый ответ — с источником.\n" +
        $"Чтобы спросить здесь, упомяните меня (<code>@{Html.Escape(botUsername)} кто возглавляет делегацию США?</code>) или ответьте на моё сообщение.";

    public string About(string contact) =>
        "<b>Об этом боте</b>\n" + Coverage +
        "\n\n<b>Кто его ведёт</b>\nНебольшая команда кураторов добавляет каждый факт вручную из опубликованного источника и проверяет, что каждая цитата " +
        "дословно в нём есть. Когда факт меняется, изменение сохраняют, а подписчиков уведомляют." +
        "\n\n<b>Как связаться с кураторами</b>\n" +
        (contact == BotProfileOptions.DefaultContactText ? "Нажмите 👎 под ответом или напишите кураторам канала этого бота." : Html.Escape(contact)) +
        "\n\nО том, что я храню, — /privacy.";

    public string Privacy(int days) =>
        "<b>Что я храню</b>\n" +
        "• Вопросы, которые вы мне задаёте, с вашим идентификатором пользователя и чатом, чтобы кураторы видели, о чём спрашивают и на что я не могу ответить.\n" +
        "• Ваши голоса 👍/👎 за ответы.\n" +
        "• Ваши подписки на уведомления (/subscribe), пока вы не отправите /unsubscribe.\n" +
        "• Язык интерфейса, если вы его выбрали (/language).\n" +
        $"\n<b>Как долго</b>\nВопросы удаляются через {TextParts.Count(days, "день", "дня", "дней")} (проверка ежедневно). " +
        "Голоса, подписки и выбор языка хранятся, пока вы их не удалите.\n" +
        "\nЯ не храню ваше имя, номер телефона или какие-либо другие сообщения.\n" +
        "\n/forgetme сразу удаляет ваши вопросы, голоса, подписки и выбор языка.";

    public string Forgotten(ForgetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Готово. Я удалил {TextParts.Count(result.Questions, "вопрос", "вопроса", "вопросов")}, " +
            $"{TextParts.Count(result.Votes, "голос", "голоса", "голосов")} и " +
            $"{TextParts.Count(result.Subscriptions, "подписку", "подписки", "подписок")} на уведомления. Больше я ничего о вас не храню.";
    }

    public string LanguageName(string code) => code switch
    {
        "uk" => "украинский",
        "ru" => "русский",
        "de" => "немецкий",
        "fr" => "французский",
        _ => "английский",
    };

    public string LanguageStatus(string? chosen, string shown) => (chosen is null
        ? $"Язык интерфейса: <b>автоматически</b> — {LanguageName(shown)}, по настройкам Телеграма."
        : $"Язык интерфейса: <b>{LanguageName(chosen)}</b>, как вы выбрали.")
        + "\n\nВыберите ниже или отправьте <code>/language uk</code>, <code>ru</code>, <code>en</code>, <code>de</code>, <code>fr</code> " +
        "или <code>/language auto</code>. Интерфейс есть на русском, украинском и английском; вопросы я понимаю на всех пяти языках.";

    public string LanguageSet(string code) => code is "de" or "fr"
        ? $"Готово: ваш язык — {LanguageName(code)}. Вопросы на нём я понимаю; интерфейс будет на английском."
        : $"Готово: язык интерфейса — {LanguageName(code)}. Команда <code>/language auto</code> снова будет брать язык из настроек Телеграма.";

    public string LanguageReset(string shown) => $"Готово: язык интерфейса снова автоматический — {LanguageName(shown)}, по настройкам Телеграма.";

    public string LanguageBad(string argument) =>
        $"<code>{Html.Escape(TextCut.Shorten(argument, 20))}</code> — не язык, который я знаю. Отправьте <code>/language uk</code>, <code>ru</code>, " +
        "<code>en</code>, <code>de</code> или <code>fr</code> либо <code>/language auto</code>, чтобы брать язык из настроек Телеграма. Ничего не изменено.";

    public string AutomaticButton => "Автоматически";

    public string? BotDescription =>
        "Я отвечаю на вопросы о мирных переговорах США, России и Украины — делегации, предложения, позиции по перемирию — " +
        "на основе подборки проверенных фактов. Каждый ответ дословно цитирует источник с названием издания, датой и ссылкой. " +
        "Спрашивайте обычными словами, например: «Кто возглавляет делегацию США?». /subscribe — чтобы узнавать, когда факт меняется.";

    public string? BotShortDescription => "Ответы о мирных переговорах США, России и Украины, каждый с дословной цитатой из источника.";
}
