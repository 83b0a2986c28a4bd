using System.Runtime.CompilerServices;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Texts;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// An answer as askers see it in Telegram: the answer in bold, each quote with its source, the date it was checked.
/// No internal ids (admins see those in their own views). Every quote is shown, since the verbatim words are the
/// evidence; only the bold answer is left out when one quote already says all of it. A source quoted twice in a row
/// is named once, after its last quote.
/// </summary>
public sealed class AnswerHtml
{
    // The answerer hands out one Fact instance per fact and store revision, and its citations with it: the text is
    // made once per instance, not once per question (a news spike asks about the same few facts).
    // One table per interface language: the frame (labels, dates) differs, the fact's own words do not.
    private readonly Dictionary<string, ConditionalWeakTable<Fact, string>> _rendered =
        Core.Languages.InterfaceLanguage.Written.ToDictionary(l => l, _ => new ConditionalWeakTable<Fact, string>(), StringComparer.Ordinal);

    public string Render(AnswerOutcome outcome, IUiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(texts);
        if (outcome.Fact is not { } fact)
        {
            return texts.NoVerifiedAnswer;
        }
        return _rendered[texts.Language].GetValue(fact, _ => Build(fact, outcome.Citations, texts));
    }

    private static string Build(Fact fact, IReadOnlyList<Citation> citations, IUiTexts texts)
    {
        // A quote that holds the whole answer is the answer, with its evidence: the bold line would only repeat it.
        var quoteSaysAll = citations.Any(c => AnswerLayout.SaysSame(fact.Answer, c.Quote)
            && AnswerLayout.Normalize(c.Quote).Length >= AnswerLayout.Normalize(fact.Answer).Length);
        var sb = new StringBuilder();
        if (!quoteSaysAll)
        {
            sb.Append("<b>").Append(Html.Escape(fact.Answer)).Append("</b>\n");
        }
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            sb.Append(sb.Length == 0 ? "<blockquote>" : "\n<blockquote>").Append(Html.Escape(AnswerLayout.Excerpt(c.Quote))).Append("</blockquote>\n");
            if (i + 1 == citations.Count || citations[i + 1].SourceId != c.SourceId)
            {
                sb.Append(texts.SourceLabel).Append(texts.SourceLine(c)).Append('\n');
            }
        }
        sb.Append("\n<i>").Append(texts.LastChecked(fact.AsOf)).Append("</i>");
        return sb.ToString();
    }
}
