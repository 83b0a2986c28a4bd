using ChatBot.Core.Privacy;
using ChatBot.Core.Rendering;
using ChatBot.Options;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Conversation;

namespace ChatBot.Telegram.Texts;

public sealed partial class UkrainianTexts
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["start"] = "Вітання й приклади запитань",
        ["help"] = "Як питати, і команди",
        ["fact"] = "Показати відповідь за її ідентифікатором",
        ["sources"] = "Документи-джерела відповідей",
        ["latest"] = "Що нового: останні додані, виправлені й відкликані відповіді",
        ["subscribe"] = "Сповіщення, коли факт змінюється (можна вказати теми)",
        ["unsubscribe"] = "Зупинити сповіщення (усі або окремих тем)",
        ["subscriptions"] = "Про що ви отримуєте сповіщення",
        ["about"] = "Що це за бот і хто його веде",
        ["privacy"] = "Що я зберігаю про вас і як довго",
        ["forgetme"] = "Видалити ваші запитання, голоси й підписки",
        ["language"] = "Мова інтерфейсу",
        ["addfact"] = "Додати факт із цитатою (для адміністраторів)",
        ["addsource"] = "Додати документ-джерело (для адміністраторів)",
        ["alerts"] = "Стан доставки останніх сповіщень (для адміністраторів)",
        ["alias"] = "Додати альтернативне запитання: /alias <ідентифікатор> [Q[uk]:] <запитання> (для адміністраторів)",
        ["broadcast"] = "Надіслати оголошення всім підписникам (для адміністраторів)",
        ["delfact"] = "Відкликати факт: /delfact <ідентифікатор> (для адміністраторів)",
        ["editfact"] = "Замінити поля факту: /editfact <ідентифікатор> [v<версія>] (для адміністраторів)",
        ["export"] = "Завантажити все сховище у форматі JSON (для адміністраторів)",
        ["facts"] = "Список фактів: /facts [сторінка|слова] (для адміністраторів)",
        ["feedback"] = "Відповіді, що отримали 👎, і запитання до них (для адміністраторів)",
        ["history"] = "Версії факту: /history <ідентифікатор> (для адміністраторів)",
        ["import"] = "Імпортувати JSON-документ, створений командою /export (для адміністраторів)",
        ["restorefact"] = "Відновити факт або попередню версію: /restorefact <ідентифікатор> [v<версія>] (для адміністраторів)",
        ["stats"] = "Статистика використання (для адміністраторів)",
        ["synonym"] = "Додати синоніми: /synonym <слово> <слово>… або вилучити: /synonym remove <слово> (для адміністраторів)",
        ["unanswered"] = "Запитання, на які сховище відповідає погано (для адміністраторів)",
    };

    public string Describe(IBotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Descriptions.GetValueOrDefault(command.Name) ?? command.Description;
    }

    public string Help(IReadOnlyList<IBotCommand> commands, IReadOnlyList<string> examples, string? username)
    {
        var me = string.IsNullOrEmpty(username) ? "моє ім'я користувача" : "@" + Html.Escape(username);
        return "<b>Як мною користуватися</b>\n" + Coverage +
            "\n\nСтавте запитання звичайними словами — українською, російською, англійською, німецькою чи французькою. У групах згадайте мене або " +
            "відповідайте на моє повідомлення. У будь-якому чаті можна також набрати " + me + " і запитання.\n\n<b>Команди</b>" +
            TextParts.Commands(commands, this) + "\n\n<b>Приклади</b>" + TextParts.Examples(examples);
    }

    public string FactUsage => "Як користуватися: <code>/fact &lt;ідентифікатор&gt;</code>. Ідентифікатор факту вказано під кожним сповіщенням (після «<code>fact</code>») і в посиланні на факт; щоб отримати відповідь, просто поставте запитання.";

    public string NoSources => "У мене ще немає документів-джерел.";

    public string SourcesTitle => "<b>Джерела</b>";

    public string AskPrivately => "Запитати в особистому чаті";

    public string GroupAdminsOnly =>
        "Лише адміністратори цієї групи можуть змінювати її сповіщення. Попросіть когось із них або надішліть /subscribe мені в особистому чаті.";

    public string GroupAdminUnknown => "Я не зміг перевірити, чи ви адміністратор цієї групи. Спробуйте ще раз за хвилину.";

    public string ForgetMeInGroup => "Щоб зберегти приватність, надішліть /forgetme мені в особистому чаті.";

    public string SmallTalkReply(SmallTalkKind kind, string? example)
    {
        var ask = example is null ? "" : $" Спробуйте: <i>{Html.Escape(example)}</i>";
        return kind switch
        {
            SmallTalkKind.Thanks => "Будь ласка! Питайте ще про мирні переговори." + ask,
            SmallTalkKind.Acknowledgement => "👍 Питайте про мирні переговори будь-коли." + ask,
            SmallTalkKind.Identity => "Я бот, який відповідає на запитання про мирні переговори США, Росії та України й цитує джерела." + ask,
            _ => "Вітаю! Поставте мені запитання про мирні переговори США, Росії та України." + ask,
        };
    }

    public string GroupIntro(string botUsername) =>
        "Вітаю! Я відповідаю на запитання про мирні переговори США, Росії та України, кожну відповідь — із джерелом.\n" +
        $"Щоб запитати тут, згадайте мене (<code>@{Html.Escape(botUsername)} хто очолює делегацію США?</code>) або відповідайте на моє повідомлення.";

    public string About(string contact) =>
        "<b>Про цього бота</b>\n" + Coverage +
        "\n\n<b>Хто його веде</b>\nНевелика команда кураторів додає кожен факт вручну з опублікованого джерела й перевіряє, що кожна цитата " +
        "дослівно є в ньому. Коли факт змінюється, зміну зберігають, а підписників сповіщають." +
        "\n\n<b>Як зв'язатися з кураторами</b>\n" +
        (contact == BotProfileOptions.DefaultContactText ? "Натисніть 👎 під відповіддю або напишіть кураторам каналу цього бота." : Html.Escape(contact)) +
        "\n\nПро те, що я зберігаю, — /privacy.";

    public string Privacy(int days) =>
        "<b>Що я зберігаю</b>\n" +
        "• Запитання, які ви мені ставите, з вашим ідентифікатором користувача й чатом, щоб куратори бачили, про що питають і на що я не можу відповісти.\n" +
        "• Ваші голоси 👍/👎 за відповіді.\n" +
        "• Ваші підписки на сповіщення (/subscribe), доки ви не надішлете /unsubscribe.\n" +
        "• Мову інтерфейсу, якщо ви її обрали (/language).\n" +
        $"\n<b>Як довго</b>\nЗапитання видаляються через {TextParts.Count(days, "день", "дні", "днів")} (перевірка щодня). " +
        "Голоси, підписки й вибір мови зберігаються, доки ви їх не видалите.\n" +
        "\nЯ не зберігаю вашого імені, номера телефону чи будь-яких інших повідомлень.\n" +
        "\n/forgetme одразу видаляє ваші запитання, голоси, підписки й вибір мови.";

    public string Forgotten(ForgetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Готово. Я видалив {TextParts.Count(result.Questions, "запитання", "запитання", "запитань")}, " +
            $"{TextParts.Count(result.Votes, "голос", "голоси", "голосів")} і " +
            $"{TextParts.Count(result.Subscriptions, "підписку", "підписки", "підписок")} на сповіщення. Більше я нічого про вас не зберігаю.";
    }

    public string LanguageName(string code) => code switch
    {
        "uk" => "українська",
        "ru" => "російська",
        "de" => "німецька",
        "fr" => "французька",
        _ => "англійська",
    };

    public string LanguageStatus(string? chosen, string shown) => (chosen is null
        ? $"Мова інтерфейсу: <b>автоматично</b> — {LanguageName(shown)}, за налаштуваннями Телеграму."
        : $"Мова інтерфейсу: <b>{LanguageName(chosen)}</b>, як ви обрали.")
        + "\n\nОберіть нижче або надішліть <code>/language uk</code>, <code>ru</code>, <code>en</code>, <code>de</code>, <code>fr</code> " +
        "чи <code>/language auto</code>. Інтерфейс є українською, російською та англійською; запитання я розумію всіма п'ятьма мовами.";

    public string LanguageSet(string code) => code is "de" or "fr"
        ? $"Готово: ваша мова — {LanguageName(code)}. Запитання нею я розумію; інтерфейс буде англійською."
        : $"Готово: мова інтерфейсу — {LanguageName(code)}. Команда <code>/language auto</code> знову братиме мову з налаштувань Телеграму.";

    public string LanguageReset(string shown) => $"Готово: мова інтерфейсу знову автоматична — {LanguageName(shown)}, за налаштуваннями Телеграму.";

    public string LanguageBad(string argument) =>
        $"<code>{Html.Escape(TextCut.Shorten(argument, 20))}</code> — не мова, яку я знаю. Надішліть <code>/language uk</code>, <code>ru</code>, " +
        "<code>en</code>, <code>de</code> чи <code>fr</code> або <code>/language auto</code>, щоб брати мову з налаштувань Телеграму. Нічого не змінено.";

    public string AutomaticButton => "Автоматично";

    public string? BotDescription =>
        "Я відповідаю на запитання про мирні переговори США, Росії та України — делегації, пропозиції, позиції щодо перемир'я — " +
        "на основі добірки перевірених фактів. Кожна відповідь дослівно цитує джерело з назвою видання, датою й посиланням. " +
        "Питайте звичайними словами, наприклад: «Хто очолює делегацію США?». /subscribe — щоб дізнаватися, коли факт змінюється.";

    public string? BotShortDescription => "Відповіді про мирні переговори США, Росії та України, кожна з дослівною цитатою з джерела.";
}
