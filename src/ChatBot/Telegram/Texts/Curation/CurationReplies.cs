using System.Text;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Texts.Curation;

/// <summary>Telegram HTML replies to curation commands, worded by <see cref="ICuratorTexts"/>; everything an admin typed is escaped.</summary>
public static class CurationReplies
{
    private const int MaxErrorsShown = 15;

    /// <summary>Who wrote what the data folder seeded, as the store records it.</summary>
    private const string SeedActor = "seed";

    /// <summary>What <see cref="FactContent.Changed"/> calls a change of status; it names every other part by its field.</summary>
    private const string StatusField = "status";

    public static string Errors(ICuratorTexts texts, string command, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        var sb = new StringBuilder(texts.NothingChanged(Html.Escape(command), errors.Count));
        foreach (var e in errors.Take(MaxErrorsShown))
        {
            sb.Append("\n• <b>").Append(Html.Escape(texts.FieldLabel(e))).Append("</b>: ").Append(Html.Escape(texts.Problem(e.Problem)));
        }
        if (errors.Count > MaxErrorsShown)
        {
            sb.Append('\n').Append(texts.MoreProblems(errors.Count - MaxErrorsShown));
        }
        return sb.ToString();
    }

    public static string SourceAdded(ICuratorTexts texts, Source source)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(source);
        return $"{texts.SourceAdded} <code>{Html.Escape(source.Id)}</code>\n<i>{Html.Escape(source.Title)}</i> — {Html.Escape(source.Outlet)}"
            + (source.Published is { } p ? ", " + Dates.Show(p, texts.Language) : string.Empty)
            + $"\n{texts.SourceLength(source.Text.Length)} <code>Source: {Html.Escape(source.Id)}</code>";
    }

    /// <param name="language">For <see cref="FactChange.NewQuestion"/>: the question's language, null for English.</param>
    public static string FactChanged(ICuratorTexts texts, Fact fact, FactChange change, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(fact);
        var sb = new StringBuilder(texts.FactHeadline("<code>" + Html.Escape(fact.Id) + "</code>", change, language, fact.Version,
            fact.Status == FactStatus.Retired));
        sb.Append("\n<b>Q:</b> ").Append(Html.Escape(fact.Question));
        if (fact.Alternates.Count > 0)
        {
            sb.Append(" <i>").Append(texts.Alternates(fact.Alternates.Count)).Append("</i>");
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

    public static string Synonyms(ICuratorTexts texts, IReadOnlyList<string> group)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.SynonymsSaved + "\n" + Html.Escape(string.Join(" · ", group));
    }

    public static string SynonymsRemoved(ICuratorTexts texts, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.SynonymsRemoved + Html.Escape(string.Join(" · ", words));
    }

    public static string History(ICuratorTexts texts, string id, IReadOnlyList<FactVersionInfo> versions)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(versions);
        var code = "<code>" + Html.Escape(id) + "</code>";
        var sb = new StringBuilder(texts.HistoryOf(code));
        for (var i = 0; i < versions.Count; i++)
        {
            var v = versions[i];
            var changed = i + 1 < versions.Count ? FactContent.Changed(versions[i + 1].Snapshot, v.Snapshot) : [];
            sb.Append('\n').Append(texts.VersionLine(v.Version, Html.Escape(texts.HistoryAction(v.Action)),
                Html.Escape(v.ChangedBy == SeedActor ? texts.SeedActor : v.ChangedBy), v.ChangedAt));
            if (changed.Count > 0)
            {
                sb.Append(" — ").Append(Html.Escape(string.Join(", ", changed.Select(c => c == StatusField ? texts.StatusChanged : c))));
            }
        }
        sb.Append("\n\n").Append(texts.BringBack(Html.Escape(id)));
        return sb.ToString();
    }

    internal static string Short(string text, int max) => TextCut.Shorten(text, max);
}
