using System.Text;
using ChatBot.Core.Changes;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Texts;

namespace ChatBot.Telegram.Latest;

/// <summary>The /latest list: newest first, each with its date, what changed, the question it answers and where it is from.</summary>
public static class LatestTexts
{
    public const string Nothing = "Nothing has changed in what I know yet.";

    /// <param name="changes">The changes, newest first.</param>
    /// <param name="texts">The reader's interface language.</param>
    /// <param name="answerLanguage">The language of the curated question and answer to show, when the fact has them.</param>
    public static string Render(IReadOnlyList<StoreChange> changes, IUiTexts texts, string? answerLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(texts);
        if (changes.Count == 0)
        {
            return texts.LatestNothing;
        }
        var language = answerLanguage ?? texts.Language;
        var sb = new StringBuilder(texts.LatestTitle);
        foreach (var c in changes)
        {
            var label = texts.ChangeLabel(c.Kind) + (c.RestoredVersion is { } version ? " " + Html.Escape(version) : "");
            sb.Append("\n\n<b>").Append(texts.ShowDate(DateOnly.FromDateTime(c.At.UtcDateTime))).Append(" · ").Append(label).Append("</b>\n");
            // An answer such as "Orrin Vale." means nothing without the question it answers.
            sb.Append("<i>").Append(Html.Escape(FactWording.Question(c.Fact, language))).Append("</i>\n");
            var answer = Html.Escape(FactWording.Answer(c.Fact, language));
            sb.Append(c.Kind == ChangeKind.Retracted ? "<s>" + answer + "</s>" : answer);
            if (c.OldAnswer is { } old && c.Kind is ChangeKind.Corrected or ChangeKind.Restored)
            {
                var was = c.Previous is { } previous ? FactWording.Answer(previous, language) : old;
                sb.Append("\n<i>").Append(texts.Was).Append(Html.Escape(TextCut.Shorten(was, 300))).Append("</i>");
            }
            if (c.Kind == ChangeKind.Retracted)
            {
                sb.Append("\n<i>").Append(texts.NoLongerGiven).Append("</i>");
            }
            if (c.Citation is { } citation)
            {
                sb.Append('\n').Append(texts.SourceLabel).Append(texts.SourceLine(citation));
            }
        }
        return sb.ToString();
    }
}
