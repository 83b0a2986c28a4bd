using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>
/// The words of the curator commands' replies in one language (<see cref="EnglishCuratorTexts"/>,
/// <see cref="UkrainianCuratorTexts"/>, <see cref="RussianCuratorTexts"/>), put together by <see cref="CurationReplies"/>
/// and <see cref="ReportReplies"/>. Telegram HTML: what a member is given is escaped already unless it says otherwise;
/// field names (Q:, A[uk]:), ids, commands and curated text are shown as they are. The field errors inside "nothing
/// changed" are Core's <see cref="Core.Curation.FieldProblem"/>s, worded here (ICuratorTexts.Problems.cs).
/// </summary>
public partial interface ICuratorTexts
{
    /// <summary>"en", "uk" or "ru".</summary>
    string Language { get; }

    /// <summary>"<b>Nothing changed.</b> /alias has a problem:"; <paramref name="command"/> is escaped.</summary>
    string NothingChanged(string command, int problems);

    string MoreProblems(int more);

    /// <summary>"Source added: id" line start, before the id in code.</summary>
    string SourceAdded { get; }

    /// <summary>"1,204 characters. Cite it with" before "Source: id" in code.</summary>
    string SourceLength(int characters);

    /// <summary>"Fact id added (v1)"; <paramref name="idHtml"/> is the id in code.</summary>
    string FactHeadline(string idHtml, FactChange change, string? language, int version, bool retired);

    /// <summary>"(+2 alternates)" after the question.</summary>
    string Alternates(int count);

    string UndoRetire(string idHtml);

    string AlertPreview { get; }

    string SendAlertQuestion { get; }

    string AlertIdTooLong { get; }

    /// <summary>Plain text, on the button under an alert preview.</summary>
    string SendAlertButton { get; }

    /// <summary>Plain text, on the button under an alert preview.</summary>
    string DontAlertButton { get; }

    /// <summary>Plain text, a toast.</summary>
    string HeldAlertOutdated { get; }

    /// <summary>After "Don't alert"; <paramref name="labelHtml"/> is "id v4", escaped.</summary>
    string NoAlertSent(string labelHtml);

    /// <summary>A press on a preview whose alert an admin (<paramref name="byHtml"/>, escaped) already chose not to send.</summary>
    string AlertWithheldEarlier(string labelHtml, string byHtml, DateTimeOffset at);

    string AlertQueued(string labelHtml, int recipients);

    string AlertAlreadySent(string labelHtml);

    string AlertOutdated(string labelHtml);

    /// <summary>"Send alert" pressed after <paramref name="newer"/> changed the answer or retired the fact: nothing was sent.</summary>
    string AlertSuperseded(string labelHtml, Core.Alerts.SupersedingVersion newer);

    /// <summary>Plain text, a toast for someone who is no curator.</summary>
    string NotForYou { get; }

    string Dismissed(string questionHtml);

    string TranslationsTitle { get; }

    string SynonymsSaved { get; }

    string SynonymsRemoved { get; }

    string HistoryOf(string idHtml);

    /// <summary>"<b>v2</b> edit by tg:1 alice, 2025-11-21 09:00 UTC"; the action and actor are escaped.</summary>
    string VersionLine(int version, string actionHtml, string byHtml, DateTimeOffset at);

    string BringBack(string idHtml);

    string NoFactsYet { get; }

    string NoFactContains(string wordsHtml);

    string FactsPage(string? wordsHtml, int page, int pages, int total);

    string RetiredMark { get; }

    /// <summary>"Next: /facts vale p2"; <paramref name="commandHtml"/> is the command for the next page, escaped.</summary>
    string NextPage(string commandHtml);

    /// <summary>A /facts page past the end (or page 0).</summary>
    string NoSuchPage(int page, int pages);

    string NoUnanswered { get; }

    string UnansweredTitle { get; }

    string AskedTimes(int count);

    string NothingClose { get; }

    /// <summary>Before the fact the bot answers the question with at low confidence, which attaching only confirms.</summary>
    string Suggested { get; }

    /// <summary>
    /// Before the nearest facts of a question the bot does not answer: none of them states what was asked, so they are
    /// information, not a one-tap attach; <paramref name="other"/> when they are other than the down-voted fact (/feedback).
    /// </summary>
    string ClosestFacts(bool other);

    string BotQuoted(string sourceHtml);

    /// <summary>Plain text, on a button.</summary>
    string MakeFactButton(int number);

    /// <summary>Plain text, on a button.</summary>
    string DismissButton(int number);

    /// <summary>Plain text, a toast.</summary>
    string UnansweredOutdated { get; }

    /// <summary>/stats without its top facts and votes.</summary>
    string Stats(StatsReport stats);

    string TopFacts { get; }

    /// <summary>The first sentence of the /import reply.</summary>
    string Imported(ImportSummary summary);

    string AddedIds { get; }

    string UpdatedIds { get; }

    string AndMore(int more);

    string Exported(ExportFile file);
}
