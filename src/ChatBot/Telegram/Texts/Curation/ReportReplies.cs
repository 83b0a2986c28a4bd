using System.Globalization;
using System.Text;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>Telegram HTML for the listing and report commands, worded by <see cref="ICuratorTexts"/>.</summary>
public static class ReportReplies
{
    public static string Facts(ICuratorTexts texts, FactListing listing)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Total == 0)
        {
            return listing.Words is null ? texts.NoFactsYet : texts.NoFactContains(Html.Escape(listing.Words));
        }
        if (listing.PageMissing)
        {
            return texts.NoSuchPage(listing.Page, listing.Pages);
        }
        var sb = new StringBuilder(texts.FactsPage(listing.Words is null ? null : Html.Escape(listing.Words), listing.Page, listing.Pages, listing.Total));
        foreach (var f in listing.Facts)
        {
            sb.Append("\n<code>").Append(Html.Escape(f.Id)).Append("</code> v").Append(f.Version)
                .Append(f.Status == FactStatus.Retired ? " <i>" + texts.RetiredMark + "</i>" : string.Empty)
                .Append(" — ").Append(Html.Escape(CurationReplies.Short(f.Question, 120)));
        }
        if (listing.Page < listing.Pages)
        {
            // The words stay in the command, so a filtered list reaches its every page.
            var next = string.Create(CultureInfo.InvariantCulture, $"{listing.Page + 1}");
            sb.Append("\n\n").Append(texts.NextPage(listing.Words is null ? "/facts " + next : $"/facts {Html.Escape(listing.Words)} p{next}"));
        }
        return sb.ToString();
    }

    public static string Unanswered(ICuratorTexts texts, IReadOnlyList<UnansweredItem> items)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return texts.NoUnanswered;
        }
        // The tag is the language the question was read in; attaching adds it in that language (Q[uk]), English as an alternate.
        var sb = new StringBuilder(texts.UnansweredTitle);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            sb.Append(CultureInfo.InvariantCulture,
                $"\n\n<b>{i + 1}.</b> [{Html.Escape(item.Language)}] “{Html.Escape(CurationReplies.Short(item.Text, 200))}” — {texts.AskedTimes(item.Count)}");
            if (item.SuggestedFactId is not null)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"\n   {texts.Suggested} <code>{Html.Escape(item.SuggestedFactId)}</code> {Html.Escape(CurationReplies.Short(item.SuggestedQuestion ?? string.Empty, 100))}");
            }
            else
            {
                sb.Append("\n   ").Append(item.Closest.Count == 0 ? texts.NothingClose : texts.ClosestFacts(other: false)).Append(Closest(item.Closest));
            }
            if (item.Passage is { } passage)
            {
                sb.Append("\n   ").Append(texts.BotQuoted("<code>" + Html.Escape(passage.Citation.SourceId) + "</code>"))
                    .Append(" <i>").Append(Html.Escape(CurationReplies.Short(passage.Text, 200))).Append("</i>");
            }
        }
        return sb.ToString();
    }

    /// <summary>The nearest facts of a question no fact answers, one a line, for information.</summary>
    internal static string Closest(IReadOnlyList<ClosestFact> facts) =>
        string.Concat(facts.Select(f => $"\n   • <code>{Html.Escape(f.Id)}</code> {Html.Escape(CurationReplies.Short(f.Question, 100))}"));

    public static string Stats(ICuratorTexts texts, StatsReport s)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(texts.Stats(s));
        if (s.TopFacts.Count > 0)
        {
            sb.Append("\n<b>").Append(texts.TopFacts).Append("</b>");
            foreach (var (count, question) in s.TopFacts)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n{count.Count}× <code>{Html.Escape(count.FactId)}</code> {Html.Escape(CurationReplies.Short(question, 80))}");
            }
        }
        return sb.ToString();
    }

    public static string Imported(ICuratorTexts texts, ImportSummary s)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(texts.Imported(s));
        Ids(texts.AddedIds, s.AddedIds);
        Ids(texts.UpdatedIds, s.UpdatedIds);
        return sb.ToString();

        void Ids(string label, IReadOnlyList<string> ids)
        {
            if (ids.Count > 0)
            {
                sb.Append('\n').Append(label).Append(": ").Append(string.Join(", ", ids.Take(30).Select(id => "<code>" + Html.Escape(id) + "</code>")))
                    .Append(ids.Count > 30 ? texts.AndMore(ids.Count - 30) : string.Empty);
            }
        }
    }

    public static string Exported(ICuratorTexts texts, ExportFile f)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Exported(f);
    }
}
