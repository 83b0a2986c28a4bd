using System.Text;
using ChatBot.Core.Answering;

namespace ChatBot.Core.Rendering;

/// <summary>Telegram HTML: the answer, each quote in a blockquote with its source line, and the as-of date.</summary>
public sealed class HtmlAnswerRenderer : IAnswerRenderer
{
    public string Render(AnswerOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Answered || outcome.Fact is null)
        {
            return Unanswered(outcome);
        }
        var sb = new StringBuilder();
        sb.Append("<b>").Append(Html.Escape(outcome.Fact.Answer)).Append("</b>\n");
        foreach (var c in outcome.Citations)
        {
            sb.Append("\n<blockquote>").Append(Html.Escape(c.Quote)).Append("</blockquote>\n");
            sb.Append("— ").Append(SourceLine(c)).Append('\n');
        }
        sb.Append("\n<i>Last checked ").Append(Dates.Show(outcome.Fact.AsOf)).Append(" · fact ")
            .Append(Html.Escape(outcome.Fact.Id)).Append("</i>");
        return sb.ToString();
    }

    /// <summary>"— outlet (linked), <i>title</i>, date" for a citation; shared with alert messages.</summary>
    public static string SourceLine(Citation c) => SourceLine(c, "en");

    /// <summary>The source line with its date as a reader of <paramref name="language"/> writes it.</summary>
    public static string SourceLine(Citation c, string language)
    {
        ArgumentNullException.ThrowIfNull(c);
        var outlet = Html.Escape(c.Outlet);
        var sb = new StringBuilder();
        sb.Append(Html.IsSafeUrl(c.Url) ? $"<a href=\"{Html.Escape(c.Url)}\">{outlet}</a>" : outlet);
        if (!string.Equals(c.SourceTitle, c.Outlet, StringComparison.Ordinal))
        {
            sb.Append(", <i>").Append(Html.Escape(c.SourceTitle)).Append("</i>");
        }
        if (c.Published is { } published)
        {
            sb.Append(", ").Append(Dates.Show(published, language));
        }
        return sb.ToString();
    }

    /// <summary>Says plainly that a source sentence is not a checked fact, with how well it matched.</summary>
    public static string PassageNote(PassageAnswer passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return $"Quoted from the source, not checked by a curator · match {Math.Round(passage.Confidence * 100)}%";
    }

    private static string Unanswered(AnswerOutcome outcome)
    {
        var sb = new StringBuilder("I don't have a verified fact on that.");
        if (outcome.Passage is { } passage)
        {
            sb.Append(" The source says:\n<blockquote>").Append(Html.Escape(passage.Text)).Append("</blockquote>\n— ")
                .Append(SourceLine(passage.Citation)).Append("\n<i>").Append(PassageNote(passage)).Append("</i>\n");
        }
        if (outcome.Alternatives.Count > 0)
        {
            sb.Append(outcome.Passage is null ? " Did you mean:" : "Did you mean:");
            foreach (var a in outcome.Alternatives)
            {
                sb.Append("\n• ").Append(Html.Escape(a.Question));
            }
        }
        return sb.ToString();
    }
}
