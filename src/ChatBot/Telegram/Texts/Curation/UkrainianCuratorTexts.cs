using System.Globalization;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>The curator replies in Ukrainian. Field names, ids and commands stay as typed.</summary>
public sealed partial class UkrainianCuratorTexts : ICuratorTexts
{
    public static readonly UkrainianCuratorTexts Instance = new();

    private UkrainianCuratorTexts()
    {
    }

    public string Language => "uk";

    public string NothingChanged(string command, int problems) =>
        $"<b>Нічого не змінено.</b> {command} — " + (problems == 1 ? "одна проблема:" : TextParts.Count(problems, "проблема", "проблеми", "проблем") + ":");

    public string MoreProblems(int more) => $"… і ще {N(more)}.";

    public string SourceAdded => "Джерело додано:";

    public string SourceLength(int characters) => TextParts.Count(characters, "символ", "символи", "символів") + ". Посилайтеся на нього так:";

    public string FactHeadline(string idHtml, FactChange change, string? language, int version, bool retired) =>
        $"Факт {idHtml} {Change(change, language)} (v{N(version)}{(retired ? ", відкликано" : "")})";

    public string Alternates(int count) => "(+" + TextParts.Count(count, "альтернативне запитання", "альтернативні запитання", "альтернативних запитань") + ")";

    public string UndoRetire(string idHtml) => "Скасувати: /restorefact " + idHtml;

    public string AlertPreview => "Попередній перегляд сповіщення";

    public string SendAlertQuestion => "Надіслати це сповіщення підписникам?";

    public string AlertIdTooLong =>
        "Ідентифікатор цього факту задовгий для кнопок; надішліть правку ще раз із <code>Notify: yes</code>, щоб сповістити підписників.";

    public string SendAlertButton => "Надіслати сповіщення";

    public string DontAlertButton => "Не сповіщати";

    public string HeldAlertOutdated => "Ця кнопка застаріла.";

    public string NoAlertSent(string labelHtml) => $"Сповіщення для {labelHtml} не надіслано.";

    public string AlertWithheldEarlier(string labelHtml, string byHtml, DateTimeOffset at) =>
        $"Сповіщення для {labelHtml} не надіслано: вибір «Не сповіщати» — {byHtml}, {EnglishCuratorTexts.Utc(at)} UTC.";

    public string AlertQueued(string labelHtml, int recipients) =>
        $"Сповіщення для {labelHtml} поставлено в чергу для {TextParts.Count(recipients, "підписника", "підписників", "підписників")}.";

    public string AlertAlreadySent(string labelHtml) => $"Сповіщення для {labelHtml} уже надіслано.";

    public string AlertSuperseded(string labelHtml, Core.Alerts.SupersedingVersion newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return $"Сповіщення для {labelHtml} не надіслано: версія v{N(newer.Version)} відтоді {(newer.Retired ? "відкликала факт" : "змінила відповідь")}, " + (newer.Alerted
            ? "і сповіщення про неї вже надіслано. Старішу відповідь після новішої підписникам не надсилаємо."
            : $"а підписників про неї ще не сповіщено; щоб сповістити, натисніть «{SendAlertButton}» під її переглядом або відредагуйте факт із Notify: yes.");
    }

    public string AlertOutdated(string labelHtml) =>
        $"{labelHtml} відтоді змінився; сповіщення не надіслано. Відредагуйте факт ще раз, щоб сповістити підписників.";

    public string NotForYou => "Ця кнопка не для вас.";

    public string Dismissed(string questionHtml) => $"Відхилено: “{questionHtml}”";

    public string TranslationsTitle => "Переклади";

    public string SynonymsSaved => "Синоніми збережено; пошук ураховує їх від наступного запитання:";

    public string SynonymsRemoved => "Вилучено з груп синонімів, діє від наступного запитання: ";

    public string HistoryOf(string idHtml) => $"Історія {idHtml}:";

    public string VersionLine(int version, string actionHtml, string byHtml, DateTimeOffset at) =>
        $"<b>v{N(version)}</b> {actionHtml}, автор {byHtml}, {EnglishCuratorTexts.Utc(at)} UTC";

    public string BringBack(string idHtml) => $"Повернути версію: /restorefact {idHtml} v&lt;номер&gt;";

    public string NoFactsYet => "У сховищі ще немає фактів.";

    public string NoFactContains(string wordsHtml) => "Жоден факт не містить усіх слів: " + wordsHtml;

    public string FactsPage(string? wordsHtml, int page, int pages, int total) =>
        (wordsHtml is null ? "Факти" : $"Факти зі словами «{wordsHtml}»") + $", сторінка {N(page)} з {N(pages)} (усього {N(total)}):";

    public string RetiredMark => "відкликано";

    public string NextPage(string commandHtml) => "Далі: " + commandHtml;

    public string NoSuchPage(int page, int pages) => $"Сторінки {N(page)} немає: сторінок у списку — {N(pages)}.";

    public string NoUnanswered => "Немає запитань без відповіді чи з невпевненою відповіддю.";

    public string UnansweredTitle => "Найчастіші запитання без упевненої відповіді:";

    public string AskedTimes(int count) => $"запитували {N(count)}×";

    public string NothingClose => "жоден факт не підходить";

    public string Suggested => "бот відповідає на нього, невпевнено, фактом:";

    public string ClosestFacts(bool other) =>
        $"жоден {(other ? "інший " : "")}факт на це не відповідає. Найближчі факти нижче не кажуть того, про що питали: додайте факт, який каже, через /addfact " +
        "(або, якщо один із них таки відповідає, приєднайте запитання через /alias &lt;ідентифікатор&gt; &lt;запитання&gt;)";

    public string BotQuoted(string sourceHtml) => $"бот процитував {sourceHtml}:";

    public string MakeFactButton(int number) => $"#{N(number)} зробити фактом";

    public string DismissButton(int number) => $"#{N(number)} відхилити";

    public string UnansweredOutdated => "Ця кнопка застаріла; надішліть /unanswered ще раз.";

    public string Stats(StatsReport stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return string.Create(CultureInfo.InvariantCulture,
            $"<b>Поставлено запитань:</b> {stats.Asked}\n<b>З відповіддю:</b> {stats.Answered} ({stats.AnsweredPercent:0.#}%)" +
            $"\n<b>Без відповіді:</b> {stats.Unanswered} (різних, досі без неї — {stats.OpenUnanswered}, переглянути в /unanswered)" +
            $"\n<b>Підписники:</b> {stats.Subscribers}" +
            $"\n<b>Факти:</b> активні — {stats.ActiveFacts}, відкликані — {stats.RetiredFacts} · <b>Джерела:</b> {stats.Sources}");
    }

    public string TopFacts => "Найчастіші факти:";

    public string Imported(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"Імпорт завершено: додано джерел — {N(summary.SourcesAdded)}, фактів — {N(summary.FactsAdded)}; оновлено — " +
            $"{N(summary.FactsUpdated)}, без змін — {N(summary.FactsUnchanged)}; додано груп синонімів — {N(summary.SynonymGroupsAdded)}.";
    }

    public string AddedIds => "Додано";

    public string UpdatedIds => "Оновлено";

    public string AndMore(int more) => $" … і ще {N(more)}";

    public string Exported(ExportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"Експорт сховища: джерела — {N(file.Sources)}, факти — {N(file.Facts)}, групи синонімів — {N(file.SynonymGroups)}. " +
            "Надішліть файл назад із /import, щоб відновити сховище або змінити багато фактів одразу.";
    }

    private static string Change(FactChange change, string? language) => change switch
    {
        FactChange.Added => "додано",
        FactChange.Updated => "оновлено",
        FactChange.Retired => "відкликано",
        FactChange.Restored => "відновлено",
        FactChange.NewQuestion => language is null ? "отримав нове альтернативне запитання" : $"отримав нове запитання Q[{language}]",
        _ => "створено з речення джерела (без сповіщення); перепишіть відповідь своїми словами через /editfact",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
