using System.Text;
using ChatBot.Core.Answering;

namespace ChatBot.Core.Rendering;

/// <summary>Plain text for terminals: the same content as the HTML renderer without markup.</summary>
public sealed class TextAnswerRenderer : IAnswerRenderer
{
    public string Render(AnswerOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var sb = new StringBuilder();
        if (!outcome.Answered || outcome.Fact is null)
        {
            sb.Append("I don't have a verified fact on that.");
            if (outcome.Passage is { } passage)
            {
                sb.Append(" The source says:\n\n  \"").Append(passage.Text).Append("\"\n  — ").Append(passage.Citation.Outlet);
                if (passage.Citation.Published is { } date)
                {
                    sb.Append(", ").Append(Dates.Show(date));
                }
                sb.Append("\n  (").Append(HtmlAnswerRenderer.PassageNote(passage)).Append(")\n");
            }
            if (outcome.Alternatives.Count > 0)
            {
                sb.Append(outcome.Passage is null ? " Did you mean:" : "Did you mean:");
                foreach (var a in outcome.Alternatives)
                {
                    sb.Append("\n  - ").Append(a.Question).Append(" (/fact ").Append(a.FactId).Append(')');
                }
            }
            return sb.ToString();
        }
        sb.Append(outcome.Fact.Answer).Append('\n');
        foreach (var c in outcome.Citations)
        {
            sb.Append("\n  \"").Append(c.Quote).Append("\"\n  — ").Append(c.Outlet);
            if (!string.Equals(c.SourceTitle, c.Outlet, StringComparison.Ordinal))
            {
                sb.Append(", \"").Append(c.SourceTitle).Append('"');
            }
            if (c.Published is { } published)
            {
                sb.Append(", ").Append(Dates.Show(published));
            }
            if (c.Url is not null)
            {
                sb.Append(", ").Append(c.Url);
            }
            sb.Append('\n');
        }
        sb.Append("\nLast checked ").Append(Dates.Show(outcome.Fact.AsOf)).Append(" (fact ").Append(outcome.Fact.Id).Append(')');
        return sb.ToString();
    }
}
