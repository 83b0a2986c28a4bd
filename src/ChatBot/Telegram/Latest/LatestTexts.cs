using System.Text;
using ChatBot.Core.Changes;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Latest;

/// <summary>The /latest list: newest first, each with its date, what changed and where it is from.</summary>
public static class LatestTexts
{
    public const string Nothing = "Nothing has changed in what I know yet.";

    public static string Render(IReadOnlyList<StoreChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Nothing;
        }
        var sb = new StringBuilder("<b>What's new</b> (newest first)");
        foreach (var c in changes)
        {
            sb.Append("\n\n<b>").Append(Dates.Show(DateOnly.FromDateTime(c.At.UtcDateTime))).Append(" · ").Append(Label(c.Kind)).Append("</b>\n");
            sb.Append(c.Kind == ChangeKind.Retracted ? "<s>" + Html.Escape(c.Fact.Answer) + "</s>" : Html.Escape(c.Fact.Answer));
            if (c.OldAnswer is { } old && c.Kind == ChangeKind.Corrected)
            {
                sb.Append("\n<i>was: ").Append(Html.Escape(TextCut.Shorten(old, 300))).Append("</i>");
            }
            if (c.Kind == ChangeKind.Retracted)
            {
                sb.Append("\n<i>This is no longer given as an answer.</i>");
            }
            if (c.Citation is { } citation)
            {
                sb.Append("\nSource: ").Append(HtmlAnswerRenderer.SourceLine(citation));
            }
        }
        return sb.ToString();
    }

    private static string Label(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Added",
        ChangeKind.Corrected => "Corrected",
        ChangeKind.Retracted => "Retracted",
        _ => "Restored",
    };
}
