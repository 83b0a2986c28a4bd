using System.Globalization;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>The curator replies in Russian. Field names, ids and commands stay as typed.</summary>
public sealed partial class RussianCuratorTexts : ICuratorTexts
{
    public static readonly RussianCuratorTexts Instance = new();

    private RussianCuratorTexts()
    {
    }

    public string Language => "ru";

    public string NothingChanged(string command, int problems) =>
        $"<b>Ничего не изменено.</b> {command} — " + (problems == 1 ? "одна проблема:" : TextParts.Count(problems, "проблема", "проблемы", "проблем") + ":");

    public string MoreProblems(int more) => $"… и ещё {N(more)}.";

    public string SourceAdded => "Источник добавлен:";

    public string SourceLength(int characters) => TextParts.Count(characters, "символ", "символа", "символов") + ". Ссылайтесь на него так:";

    public string FactHeadline(string idHtml, FactChange change, string? language, int version, bool retired) =>
        $"Факт {idHtml} {Change(change, language)} (v{N(version)}{(retired ? ", отозван" : "")})";

    public string Alternates(int count) => "(+" + TextParts.Count(count, "альтернативный вопрос", "альтернативных вопроса", "альтернативных вопросов") + ")";

    public string UndoRetire(string idHtml) => "Отменить: /restorefact " + idHtml;

    public string AlertPreview => "Предпросмотр оповещения";

    public string SendAlertQuestion => "Отправить это оповещение подписчикам?";

    public string AlertIdTooLong =>
        "Идентификатор этого факта слишком длинный для кнопок; отправьте правку ещё раз с <code>Notify: yes</code>, чтобы оповестить подписчиков.";

    public string SendAlertButton => "Отправить оповещение";

    public string DontAlertButton => "Не оповещать";

    public string HeldAlertOutdated => "Эта кнопка устарела.";

    public string NoAlertSent(string labelHtml) => $"Оповещение для {labelHtml} не отправлено.";

    public string AlertWithheldEarlier(string labelHtml, string byHtml, DateTimeOffset at) =>
        $"Оповещение для {labelHtml} не отправлено: выбор «Не оповещать» — {byHtml}, {EnglishCuratorTexts.Utc(at)} UTC.";

    public string AlertQueued(string labelHtml, int recipients) =>
        $"Оповещение для {labelHtml} поставлено в очередь для {TextParts.Count(recipients, "подписчика", "подписчиков", "подписчиков")}.";

    public string AlertAlreadySent(string labelHtml) => $"Оповещение для {labelHtml} уже отправлено.";

    public string AlertSuperseded(string labelHtml, Core.Alerts.SupersedingVersion newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return $"Оповещение для {labelHtml} не отправлено: версия v{N(newer.Version)} с тех пор {(newer.Retired ? "отозвала факт" : "изменила ответ")}, " + (newer.Alerted
            ? "и оповещение о ней уже отправлено. Более старый ответ после более нового подписчикам не отправляем."
            : $"а подписчики о ней ещё не оповещены; чтобы оповестить, нажмите «{SendAlertButton}» под её предпросмотром или отредактируйте факт с Notify: yes.");
    }

    public string AlertOutdated(string labelHtml) =>
        $"{labelHtml} с тех пор изменился; оповещение не отправлено. Отредактируйте факт ещё раз, чтобы оповестить подписчиков.";

    public string NotForYou => "Эта кнопка не для вас.";

    public string Dismissed(string questionHtml) => $"Отклонено: “{questionHtml}”";

    public string TranslationsTitle => "Переводы";

    public string SynonymsSaved => "Синонимы сохранены; поиск учитывает их со следующего вопроса:";

    public string SynonymsRemoved => "Удалены из групп синонимов, действует со следующего вопроса: ";

    public string HistoryOf(string idHtml) => $"История {idHtml}:";

    public string VersionLine(int version, string actionHtml, string byHtml, DateTimeOffset at) =>
        $"<b>v{N(version)}</b> {actionHtml}, автор {byHtml}, {EnglishCuratorTexts.Utc(at)} UTC";

    public string BringBack(string idHtml) => $"Вернуть версию: /restorefact {idHtml} v&lt;номер&gt;";

    public string NoFactsYet => "В хранилище ещё нет фактов.";

    public string NoFactContains(string wordsHtml) => "Ни один факт не содержит всех слов: " + wordsHtml;

    public string FactsPage(string? wordsHtml, int page, int pages, int total) =>
        (wordsHtml is null ? "Факты" : $"Факты со словами «{wordsHtml}»") + $", страница {N(page)} из {N(pages)} (всего {N(total)}):";

    public string RetiredMark => "отозван";

    public string NextPage(string commandHtml) => "Дальше: " + commandHtml;

    public string NoSuchPage(int page, int pages) => $"Страницы {N(page)} нет: страниц в списке — {N(pages)}.";

    public string NoUnanswered => "Нет вопросов без ответа или с неуверенным ответом.";

    public string UnansweredTitle => "Самые частые вопросы без уверенного ответа:";

    public string AskedTimes(int count) => $"спрашивали {N(count)}×";

    public string NothingClose => "ни один факт не подходит";

    public string Suggested => "бот отвечает на него, неуверенно, фактом:";

    public string ClosestFacts(bool other) =>
        $"ни один {(other ? "другой " : "")}факт на это не отвечает. Ближайшие факты ниже не говорят того, о чём спрашивали: добавьте факт, который говорит, через /addfact " +
        "(или, если один из них всё же отвечает, присоедините вопрос через /alias &lt;идентификатор&gt; &lt;вопрос&gt;)";

    public string BotQuoted(string sourceHtml) => $"бот процитировал {sourceHtml}:";

    public string MakeFactButton(int number) => $"#{N(number)} сделать фактом";

    public string DismissButton(int number) => $"#{N(number)} отклонить";

    public string UnansweredOutdated => "Эта кнопка устарела; отправьте /unanswered ещё раз.";

    public string Stats(StatsReport stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return string.Create(CultureInfo.InvariantCulture,
            $"<b>Задано вопросов:</b> {stats.Asked}\n<b>С ответом:</b> {stats.Answered} ({stats.AnsweredPercent:0.#}%)" +
            $"\n<b>Без ответа:</b> {stats.Unanswered} (разных, до сих пор без него — {stats.OpenUnanswered}, просмотреть в /unanswered)" +
            $"\n<b>Подписчики:</b> {stats.Subscribers}" +
            $"\n<b>Факты:</b> активные — {stats.ActiveFacts}, отозванные — {stats.RetiredFacts} · <b>Источники:</b> {stats.Sources}");
    }

    public string TopFacts => "Самые частые факты:";

    public string Imported(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"Импорт завершён: добавлено источников — {N(summary.SourcesAdded)}, фактов — {N(summary.FactsAdded)}; обновлено — " +
            $"{N(summary.FactsUpdated)}, без изменений — {N(summary.FactsUnchanged)}; добавлено групп синонимов — {N(summary.SynonymGroupsAdded)}.";
    }

    public string AddedIds => "Добавлены";

    public string UpdatedIds => "Обновлены";

    public string AndMore(int more) => $" … и ещё {N(more)}";

    public string Exported(ExportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"Экспорт хранилища: источники — {N(file.Sources)}, факты — {N(file.Facts)}, группы синонимов — {N(file.SynonymGroups)}. " +
            "Отправьте файл обратно с /import, чтобы восстановить хранилище или изменить много фактов сразу.";
    }

    private static string Change(FactChange change, string? language) => change switch
    {
        FactChange.Added => "добавлен",
        FactChange.Updated => "обновлён",
        FactChange.Retired => "отозван",
        FactChange.Restored => "восстановлен",
        FactChange.NewQuestion => language is null ? "получил новый альтернативный вопрос" : $"получил новый вопрос Q[{language}]",
        _ => "создан из предложения источника (без оповещения); перепишите ответ своими словами через /editfact",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
