using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Alerts;

/// <summary>Telegram HTML for alerts: "Update: new (was: old)", the question, the citations and the as-of line.</summary>
public static class AlertText
{
    /// <summary>Telegram's limit on a message's text after entity parsing, in UTF-16 units.</summary>
    public const int MaxLength = 4096;

    public const int MaxQuoteLength = 500;
    public const int MaxCitations = 3;
    public const int MaxBroadcastLength = 3500;

    /// <summary>A quote cut shorter than this says too little to be worth showing; a citation is dropped instead.</summary>
    private const int MinQuoteShown = 120;

    /// <summary>How much of the old answer a shortened alert keeps.</summary>
    private const int ShortPreviousAnswer = 200;

    /// <summary>
    /// The alert, within <see cref="MaxLength"/> whatever the fields hold: when the full rendering is too long, quotes are
    /// shortened (and the last ones dropped) and the message ends with the command that shows the whole fact.
    /// </summary>
    /// <param name="headline">What happened: "Update:", or "Restored:" when a retracted fact or an earlier version is back.</param>
    /// <param name="texts">The frame's language; English by default.</param>
    public static string ForFactChange(string? previousAnswer, Fact fact, IReadOnlyList<Citation> citations, string? headline = null, IAlertTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(citations);
        texts ??= AlertTexts.English;
        headline ??= texts.Update;
        var shown = Math.Min(citations.Count, MaxCitations);
        var full = new Layout(previousAnswer, MaxQuoteLength, fact, citations, shown, MaxQuoteLength, Shortened: false) { Headline = headline, Texts = texts };
        var html = full.Render();
        if (Html.VisibleLength(html) <= MaxLength)
        {
            return html;
        }
        for (var n = shown; n >= 1; n--)
        {
            var bare = new Layout(previousAnswer, ShortPreviousAnswer, fact, citations, n, 0, Shortened: true) { Headline = headline, Texts = texts };
            var perQuote = Math.Min(MaxQuoteLength, (MaxLength - Html.VisibleLength(bare.Render())) / n);
            if (perQuote >= MinQuoteShown)
            {
                return (bare with { QuoteLength = perQuote }).Render();
            }
        }
        return Fallback(fact, headline, texts);
    }

    public static string ForBroadcast(string text, IAlertTexts? texts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return "<b>" + (texts ?? AlertTexts.English).Announcement + "</b>\n\n" + Html.Escape(Trim(text.Trim(), MaxBroadcastLength));
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

    // Only a fact stored before today's field limits can get here: no quotes, and the answer cut to what is left.
    private static string Fallback(Fact fact, string headline, IAlertTexts texts)
    {
        var bare = new Layout(null, 0, fact with { Answer = string.Empty, Question = Trim(fact.Question, 300) }, [], 0, 0, Shortened: true) { Headline = headline, Texts = texts };
        var room = Math.Max(0, MaxLength - Html.VisibleLength(bare.Render()));
        return (bare with { Fact = bare.Fact with { Answer = Trim(fact.Answer, room) } }).Render();
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : TextCut.Shorten(text, max);

    private sealed record Layout(string? Previous, int PreviousLength, Fact Fact, IReadOnlyList<Citation> Citations, int Shown,
        int QuoteLength, bool Shortened)
    {
        public string Headline { get; init; } = "Update:";

        public IAlertTexts Texts { get; init; } = AlertTexts.English;

        public string Render()
        {
            var sb = new StringBuilder();
            sb.Append("<b>").Append(Html.Escape(Headline)).Append("</b> ").Append(Html.Escape(Fact.Answer));
            if (!string.IsNullOrWhiteSpace(Previous) && PreviousLength > 0)
            {
                sb.Append(" <i>(").Append(Texts.Was).Append(Html.Escape(Trim(Previous, PreviousLength))).Append(")</i>");
            }
            sb.Append("\n<i>").Append(Html.Escape(Fact.Question)).Append("</i>\n");
            foreach (var c in Citations.Take(Shown))
            {
                sb.Append("\n<blockquote>").Append(Html.Escape(Trim(c.Quote, QuoteLength))).Append("</blockquote>\n");
                sb.Append("— ").Append(HtmlAnswerRenderer.SourceLine(c, Texts.Language)).Append('\n');
            }
            sb.Append("\n<i>").Append(Texts.AsOf(Fact.AsOf)).Append(' ').Append(Html.Escape(Fact.Id)).Append("</i>");
            if (Shortened)
            {
                sb.Append('\n').Append(Texts.Shortened).Append(" <code>/fact ").Append(Html.Escape(Fact.Id)).Append("</code>");
            }
            return sb.ToString();
        }
    }
}
