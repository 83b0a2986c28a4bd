using System.Text;
using ChatBot.Core.Changes;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Texts;

namespace ChatBot.Telegram.Latest;

/// <summary>The /latest list: newest first, each with its date, what changed and where it is from.</summary>
public static class LatestTexts
{
    public const string Nothing = "Nothing has changed in what I know yet.";

    public static string Render(IReadOnlyList<StoreChange> changes, IUiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(texts);
        if (changes.Count == 0)
        {
            return texts.LatestNothing;
        }
        var sb = new StringBuilder(texts.LatestTitle);
        foreach (var c in changes)
        {
            sb.Append("\n\n<b>").Append(texts.ShowDate(DateOnly.FromDateTime(c.At.UtcDateTime))).Append(" · ").Append(texts.ChangeLabel(c.Kind)).Append("</b>\n");
            sb.Append(c.Kind == ChangeKind.Retracted ? "<s>" + Html.Escape(c.Fact.Answer) + "</s>" : Html.Escape(c.Fact.Answer));
            if (c.OldAnswer is { } old && c.Kind == ChangeKind.Corrected)
            {
                sb.Append("\n<i>").Append(texts.Was).Append(Html.Escape(TextCut.Shorten(old, 300))).Append("</i>");
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
