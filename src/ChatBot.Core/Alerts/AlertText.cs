using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Alerts;

/// <summary>Telegram HTML for alerts: "Update: new (was: old)", the question, the citations and the as-of line.</summary>
public static class AlertText
{
    /// <summary>Telegram's limit is 4096 characters of text; quotes are trimmed to keep well inside it.</summary>
    public const int MaxQuoteLength = 500;
    public const int MaxCitations = 3;
    public const int MaxBroadcastLength = 3500;

    public static string ForFactChange(string? previousAnswer, Fact fact, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(citations);
        var sb = new StringBuilder();
        sb.Append("<b>Update:</b> ").Append(Html.Escape(fact.Answer));
        if (!string.IsNullOrWhiteSpace(previousAnswer))
        {
            sb.Append(" <i>(was: ").Append(Html.Escape(Trim(previousAnswer, MaxQuoteLength))).Append(")</i>");
        }
        sb.Append("\n<i>").Append(Html.Escape(fact.Question)).Append("</i>\n");
        foreach (var c in citations.Take(MaxCitations))
        {
            sb.Append("\n<blockquote>").Append(Html.Escape(Trim(c.Quote, MaxQuoteLength))).Append("</blockquote>\n");
            sb.Append("— ").Append(SourceLine(c)).Append('\n');
        }
        sb.Append("\n<i>As of ").Append(Dates.Show(fact.AsOf)).Append(" · fact ").Append(Html.Escape(fact.Id)).Append("</i>");
        return sb.ToString();
    }

    public static string ForBroadcast(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return "<b>Announcement</b>\n\n" + Html.Escape(Trim(text.Trim(), MaxBroadcastLength));
    }

    /// <summary>Telegram rejects callback data over 64 bytes; a fact id too long for a button gets none.</summary>
    public static string? ButtonData(string? factId)
    {
        if (string.IsNullOrEmpty(factId))
        {
            return null;
        }
        var data = "f:" + factId;
        return Encoding.UTF8.GetByteCount(data) <= 64 ? data : null;
    }

    private static string SourceLine(Citation c) => HtmlAnswerRenderer.SourceLine(c);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
