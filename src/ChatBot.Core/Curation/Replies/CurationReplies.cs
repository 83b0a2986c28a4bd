using System.Globalization;
using System.Text;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Curation.Replies;

/// <summary>Telegram HTML replies to curation commands; everything an admin typed is escaped.</summary>
public static class CurationReplies
{
    private const int MaxErrorsShown = 15;

    public static string Errors(string command, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var sb = new StringBuilder();
        sb.Append("<b>Nothing changed.</b> ").Append(Html.Escape(command)).Append(errors.Count == 1 ? " has a problem:" : $" has {errors.Count} problems:");
        foreach (var e in errors.Take(MaxErrorsShown))
        {
            sb.Append("\n• <b>").Append(Html.Escape(e.Field)).Append("</b>: ").Append(Html.Escape(e.Message));
        }
        if (errors.Count > MaxErrorsShown)
        {
            sb.Append("\n… and ").Append(errors.Count - MaxErrorsShown).Append(" more.");
        }
        return sb.ToString();
    }

    public static string SourceAdded(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"Source added: <code>{Html.Escape(source.Id)}</code>\n<i>{Html.Escape(source.Title)}</i> — {Html.Escape(source.Outlet)}"
            + (source.Published is { } p ? ", " + Dates.Show(p) : string.Empty)
            + $"\n{Counted.Of(source.Text.Length, "character")}. Cite it with <code>Source: {Html.Escape(source.Id)}</code>";
    }

    /// <param name="verb">"added", "updated", "retired", …</param>
    public static string FactChanged(Fact fact, string verb)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var sb = new StringBuilder();
        sb.Append("Fact <code>").Append(Html.Escape(fact.Id)).Append("</code> ").Append(Html.Escape(verb))
            .Append(" (v").Append(fact.Version).Append(fact.Status == FactStatus.Retired ? ", retired" : string.Empty).Append(')');
        sb.Append("\n<b>Q:</b> ").Append(Html.Escape(fact.Question));
        if (fact.Alternates.Count > 0)
        {
            sb.Append(" <i>(+").Append(fact.Alternates.Count).Append(" alternate").Append(fact.Alternates.Count == 1 ? ")" : "s)").Append("</i>");
        }
        sb.Append("\n<b>A:</b> ").Append(Html.Escape(fact.Answer));
        foreach (var q in fact.Quotes)
        {
            sb.Append("\n<b>Quote</b> (").Append(Html.Escape(q.SourceId)).Append("): ").Append(Html.Escape(Short(q.Text, 200)));
        }
        if (fact.Tags.Count > 0)
        {
            sb.Append("\n<b>Tags:</b> ").Append(Html.Escape(string.Join(", ", fact.Tags)));
        }
        sb.Append(Translations(fact));
        return sb.ToString();
    }

    /// <summary>
    /// A fact's translations for curators, as the lines that would set them ("A[uk]: …", "Q[uk]: …"), or empty when it
    /// has none.
    /// </summary>
    public static string Translations(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var sb = new StringBuilder();
        foreach (var t in fact.Translations)
        {
            if (t.Answer is { } answer)
            {
                sb.Append("\n<b>A[").Append(t.Language).Append("]:</b> ").Append(Html.Escape(Short(answer, 300)));
            }
            foreach (var q in t.Questions)
            {
                sb.Append("\n<b>Q[").Append(t.Language).Append("]:</b> ").Append(Html.Escape(Short(q, 200)));
            }
        }
        return sb.ToString();
    }

    public static string Synonyms(IReadOnlyList<string> group) =>
        "Synonyms saved; the matcher uses them from the next question on:\n" + Html.Escape(string.Join(" · ", group));

    public static string SynonymsRemoved(IReadOnlyList<string> words) =>
        "Removed from their synonym groups, effective from the next question: " + Html.Escape(string.Join(" · ", words));

    public static string History(string id, IReadOnlyList<FactVersionInfo> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sb = new StringBuilder();
        sb.Append("History of <code>").Append(Html.Escape(id)).Append("</code>:");
        for (var i = 0; i < versions.Count; i++)
        {
            var v = versions[i];
            var changed = i + 1 < versions.Count ? FactContent.Changed(versions[i + 1].Snapshot, v.Snapshot) : [];
            sb.Append("\n<b>v").Append(v.Version).Append("</b> ").Append(Html.Escape(v.Action)).Append(" by ").Append(Html.Escape(v.ChangedBy))
                .Append(", ").Append(v.ChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC");
            if (changed.Count > 0)
            {
                sb.Append(" — ").Append(Html.Escape(string.Join(", ", changed)));
            }
        }
        sb.Append("\n\nBring back a version with /restorefact ").Append(Html.Escape(id)).Append(" v&lt;n&gt;");
        return sb.ToString();
    }

    internal static string Short(string text, int max) => TextCut.Shorten(text, max);
}
