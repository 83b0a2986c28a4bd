using System.Globalization;
using System.Text;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Curation.Replies;

/// <summary>Telegram HTML for the listing and report commands.</summary>
public static class ReportReplies
{
    public static string Facts(FactListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Total == 0)
        {
            return listing.Words is null ? "The store has no facts yet." : $"No fact contains all of: {Html.Escape(listing.Words)}";
        }
        var sb = new StringBuilder();
        sb.Append(listing.Words is null ? "Facts" : $"Facts with “{Html.Escape(listing.Words)}”")
            .Append(CultureInfo.InvariantCulture, $", page {listing.Page} of {listing.Pages} ({listing.Total} in all):");
        foreach (var f in listing.Facts)
        {
            sb.Append("\n<code>").Append(Html.Escape(f.Id)).Append("</code> v").Append(f.Version)
                .Append(f.Status == FactStatus.Retired ? " <i>retired</i>" : string.Empty)
                .Append(" — ").Append(Html.Escape(CurationReplies.Short(f.Question, 120)));
        }
        if (listing.Words is null && listing.Page < listing.Pages)
        {
            sb.Append("\n\nNext: /facts ").Append(listing.Page + 1);
        }
        return sb.ToString();
    }

    public static string Unanswered(IReadOnlyList<UnansweredItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return "No unanswered or low-confidence questions to review.";
        }
        // The tag is the language the question was read in; attaching adds it in that language (Q[uk]), English as an alternate.
        var sb = new StringBuilder("Most asked questions without a confident answer:");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            sb.Append(CultureInfo.InvariantCulture,
                $"\n\n<b>{i + 1}.</b> [{Html.Escape(item.Language)}] “{Html.Escape(CurationReplies.Short(item.Text, 200))}” — asked {item.Count}×");
            sb.Append(item.SuggestedFactId is null
                ? "\n   no fact comes close"
                : $"\n   suggested: <code>{Html.Escape(item.SuggestedFactId)}</code> {Html.Escape(CurationReplies.Short(item.SuggestedQuestion ?? string.Empty, 100))}");
            if (item.Passage is { } passage)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"\n   the bot quoted <code>{Html.Escape(passage.Citation.SourceId)}</code>: <i>{Html.Escape(CurationReplies.Short(passage.Text, 200))}</i>");
            }
        }
        return sb.ToString();
    }

    public static string Stats(StatsReport s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<b>Questions asked:</b> {s.Asked}\n<b>Answered:</b> {s.Answered} ({s.AnsweredPercent:0.#}%)");
        sb.Append(CultureInfo.InvariantCulture, $"\n<b>Unanswered:</b> {s.Unanswered} ({s.OpenUnanswered} distinct to review with /unanswered)");
        sb.Append(CultureInfo.InvariantCulture, $"\n<b>Subscribers:</b> {s.Subscribers}");
        sb.Append(CultureInfo.InvariantCulture, $"\n<b>Facts:</b> {s.ActiveFacts} active, {s.RetiredFacts} retired · <b>Sources:</b> {s.Sources}");
        if (s.TopFacts.Count > 0)
        {
            sb.Append("\n<b>Top facts:</b>");
            foreach (var (count, question) in s.TopFacts)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n{count.Count}× <code>{Html.Escape(count.FactId)}</code> {Html.Escape(CurationReplies.Short(question, 80))}");
            }
        }
        return sb.ToString();
    }

    public static string Imported(ImportSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Import done: {Counted.Of(s.SourcesAdded, "source")} added, {Counted.Of(s.FactsAdded, "fact")} added, {s.FactsUpdated} updated, {s.FactsUnchanged} unchanged, {Counted.Of(s.SynonymGroupsAdded, "synonym group")} added."));
        Ids("Added", s.AddedIds);
        Ids("Updated", s.UpdatedIds);
        return sb.ToString();

        void Ids(string label, IReadOnlyList<string> ids)
        {
            if (ids.Count > 0)
            {
                sb.Append('\n').Append(label).Append(": ").Append(string.Join(", ", ids.Take(30).Select(id => "<code>" + Html.Escape(id) + "</code>")))
                    .Append(ids.Count > 30 ? $" … and {ids.Count - 30} more" : string.Empty);
            }
        }
    }

    public static string Exported(ExportFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return string.Create(CultureInfo.InvariantCulture,
            $"Store export: {Counted.Of(f.Sources, "source")}, {Counted.Of(f.Facts, "fact")}, {Counted.Of(f.SynonymGroups, "synonym group")}. Send it back with /import to restore or bulk-edit.");
    }
}
