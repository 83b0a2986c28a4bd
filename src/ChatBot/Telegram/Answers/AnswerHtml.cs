using System.Collections.Concurrent;
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
    // One table per interface language and answer translation: the frame (labels, dates) differs, and so does the
    // bold answer when the fact has a curated translation into the reader's language; the quotes do not.
    private readonly ConcurrentDictionary<string, ConditionalWeakTable<Fact, string>> _rendered = new(StringComparer.Ordinal);

    /// <param name="outcome">The answered question.</param>
    /// <param name="texts">The reader's interface language.</param>
    /// <param name="answerLanguage">A language the fact has a curated answer in, to show instead of the English one.</param>
    public string Render(AnswerOutcome outcome, IUiTexts texts, string? answerLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(texts);
        if (outcome.Fact is not { } fact)
        {
            return texts.NoVerifiedAnswer;
        }
        var translation = fact.AnswerIn(answerLanguage);
        var key = translation is null ? texts.Language : texts.Language + "/" + answerLanguage;
        return _rendered.GetOrAdd(key, _ => new ConditionalWeakTable<Fact, string>())
            .GetValue(fact, _ => Build(fact, translation, outcome.Citations, texts));
    }

    private static string Build(Fact fact, string? translation, IReadOnlyList<Citation> citations, IUiTexts texts)
    {
        // A quote that holds the whole answer is the answer, with its evidence: the bold line would only repeat it.
        // A translated answer is always shown: the quotes stay verbatim in their source's language.
        var quoteSaysAll = translation is null && citations.Any(c => AnswerLayout.SaysSame(fact.Answer, c.Quote)
            && AnswerLayout.Normalize(c.Quote).Length >= AnswerLayout.Normalize(fact.Answer).Length);
        var sb = new StringBuilder();
        if (!quoteSaysAll)
        {
            sb.Append("<b>").Append(Html.Escape(translation ?? fact.Answer)).Append("</b>\n");
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
