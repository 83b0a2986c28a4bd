using System.Globalization;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>The curator replies in English, as they were before the other languages.</summary>
public sealed partial class EnglishCuratorTexts : ICuratorTexts
{
    public static readonly EnglishCuratorTexts Instance = new();

    private EnglishCuratorTexts()
    {
    }

    public string Language => "en";

    public string NothingChanged(string command, int problems) =>
        $"<b>Nothing changed.</b> {command}" + (problems == 1 ? " has a problem:" : $" has {N(problems)} problems:");

    public string MoreProblems(int more) => $"… and {N(more)} more.";

    public string SourceAdded => "Source added:";

    public string SourceLength(int characters) => Of(characters, "character") + ". Cite it with";

    public string FactHeadline(string idHtml, FactChange change, string? language, int version, bool retired) =>
        $"Fact {idHtml} {Change(change, language)} (v{N(version)}{(retired ? ", retired" : "")})";

    public string Alternates(int count) => $"(+{N(count)} alternate{(count == 1 ? "" : "s")})";

    public string UndoRetire(string idHtml) => "Undo with /restorefact " + idHtml;

    public string AlertPreview => "Alert preview";

    public string SendAlertQuestion => "Send this alert to subscribers?";

    public string AlertIdTooLong => "This fact's id is too long for buttons; send the edit again with <code>Notify: yes</code> to alert subscribers.";

    public string SendAlertButton => "Send alert";

    public string DontAlertButton => "Don't alert";

    public string HeldAlertOutdated => "That button is out of date.";

    public string NoAlertSent(string labelHtml) => $"No alert sent for {labelHtml}.";

    public string AlertWithheldEarlier(string labelHtml, string byHtml, DateTimeOffset at) =>
        $"No alert sent for {labelHtml}: \"Don't alert\" was chosen by {byHtml}, {Utc(at)} UTC.";

    public string AlertQueued(string labelHtml, int recipients) => $"Alert for {labelHtml} queued for {Of(recipients, "subscriber")}.";

    public string AlertAlreadySent(string labelHtml) => $"The alert for {labelHtml} was already sent.";

    public string AlertSuperseded(string labelHtml, Core.Alerts.SupersedingVersion newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return $"No alert sent for {labelHtml}: v{N(newer.Version)} {(newer.Retired ? "retracted the fact" : "changed its answer")} since, " + (newer.Alerted
            ? "and its alert was sent. Subscribers are not sent an older answer after a newer one."
            : "and subscribers have not been alerted to it; to alert them, press Send alert under its preview, or edit the fact with Notify: yes.");
    }

    public string AlertOutdated(string labelHtml) => $"{labelHtml} has changed since; no alert sent. Edit it again to alert subscribers.";

    public string NotForYou => "That button is not for you.";

    public string Dismissed(string questionHtml) => $"Dismissed: “{questionHtml}”";

    public string TranslationsTitle => "Translations";

    public string SynonymsSaved => "Synonyms saved; the matcher uses them from the next question on:";

    public string SynonymsRemoved => "Removed from their synonym groups, effective from the next question: ";

    public string HistoryOf(string idHtml) => $"History of {idHtml}:";

    public string VersionLine(int version, string actionHtml, string byHtml, DateTimeOffset at) =>
        $"<b>v{N(version)}</b> {actionHtml} by {byHtml}, {Utc(at)} UTC";

    public string BringBack(string idHtml) => $"Bring back a version with /restorefact {idHtml} v&lt;n&gt;";

    public string NoFactsYet => "The store has no facts yet.";

    public string NoFactContains(string wordsHtml) => "No fact contains all of: " + wordsHtml;

    public string FactsPage(string? wordsHtml, int page, int pages, int total) =>
        (wordsHtml is null ? "Facts" : $"Facts with “{wordsHtml}”") + $", page {N(page)} of {N(pages)} ({N(total)} in all):";

    public string RetiredMark => "retired";

    public string NextPage(string commandHtml) => "Next: " + commandHtml;

    public string NoSuchPage(int page, int pages) => $"There is no page {N(page)}: the list has {Of(pages, "page")}.";

    public string NoUnanswered => "No unanswered or low-confidence questions to review.";

    public string UnansweredTitle => "Most asked questions without a confident answer:";

    public string AskedTimes(int count) => $"asked {N(count)}×";

    public string NothingClose => "no fact comes close";

    public string Suggested => "the bot answers it, at low confidence, with:";

    public string ClosestFacts(bool other) =>
        $"no {(other ? "other " : "")}fact answers this. The closest facts below do not state what was asked: add a fact that does with /addfact " +
        "(or, if one of them does after all, attach the question with /alias &lt;id&gt; &lt;question&gt;)";

    public string BotQuoted(string sourceHtml) => $"the bot quoted {sourceHtml}:";

    public string MakeFactButton(int number) => $"#{N(number)} make this a fact";

    public string DismissButton(int number) => $"#{N(number)} dismiss";

    public string UnansweredOutdated => "That button is out of date; send /unanswered again.";

    public string Stats(StatsReport stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return string.Create(CultureInfo.InvariantCulture,
            $"<b>Questions asked:</b> {stats.Asked}\n<b>Answered:</b> {stats.Answered} ({stats.AnsweredPercent:0.#}%)" +
            $"\n<b>Unanswered:</b> {stats.Unanswered} ({stats.OpenUnanswered} distinct still without one, to review with /unanswered)" +
            $"\n<b>Subscribers:</b> {stats.Subscribers}" +
            $"\n<b>Facts:</b> {stats.ActiveFacts} active, {stats.RetiredFacts} retired · <b>Sources:</b> {stats.Sources}");
    }

    public string TopFacts => "Top facts:";

    public string Imported(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"Import done: {Of(summary.SourcesAdded, "source")} added, {Of(summary.FactsAdded, "fact")} added, " +
            $"{N(summary.FactsUpdated)} updated, {N(summary.FactsUnchanged)} unchanged, {Of(summary.SynonymGroupsAdded, "synonym group")} added.";
    }

    public string AddedIds => "Added";

    public string UpdatedIds => "Updated";

    public string AndMore(int more) => $" … and {N(more)} more";

    public string Exported(ExportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"Store export: {Of(file.Sources, "source")}, {Of(file.Facts, "fact")}, {Of(file.SynonymGroups, "synonym group")}. " +
            "Send it back with /import to restore or bulk-edit.";
    }

    private static string Change(FactChange change, string? language) => change switch
    {
        FactChange.Added => "added",
        FactChange.Updated => "updated",
        FactChange.Retired => "retired",
        FactChange.Restored => "restored",
        FactChange.NewQuestion => language is null ? "has a new alternate question" : $"has a new Q[{language}] question",
        _ => "was made from the source's sentence (no alert sent); write its answer in your own words with /editfact",
    };

    /// <summary>"1 source", "2 sources": every count a reply shows agrees with its noun.</summary>
    private static string Of(int count, string noun) => N(count) + " " + (count == 1 ? noun : noun + "s");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
