using System.Globalization;
using System.Text;
using ChatBot.Core.Facts;
using ChatBot.Core.Feedback;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>The curators' views of feedback: /feedback, votes in /stats and a fact opened from /feedback.</summary>
public static class FeedbackTexts
{
    public const string NoFeedback = "No down-voted answers to review.";

    public static string Report(IReadOnlyList<FeedbackItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return NoFeedback;
        }
        var sb = new StringBuilder("<b>Most down-voted answers</b>, with the questions that got them:");
        for (var i = 0; i < items.Count; i++)
        {
            var (item, q) = (items[i], items[i].Question);
            sb.Append(CultureInfo.InvariantCulture, $"\n\n<b>{i + 1}.</b> “{Html.Escape(TextCut.Shorten(q.Text, 200))}” — 👎 {q.Down}");
            if (q.Reasons.Count > 0)
            {
                sb.Append(" (").Append(Html.Escape(string.Join(", ", q.Reasons.GroupBy(r => r).Select(g => g.Count() > 1 ? $"{Describe(g.Key)} ×{g.Count()}" : Describe(g.Key))))).Append(')');
            }
            sb.Append("\n   answered with <code>").Append(Html.Escape(q.FactId)).Append("</code> ").Append(Html.Escape(TextCut.Shorten(item.FactQuestion, 100)));
            sb.Append(item.OtherFactId is null
                ? q.Reasons.Contains(DownVoteReason.Unanswered) ? "\n   no other fact comes close" : "\n   fix the fact itself with /editfact if it is wrong or outdated"
                : $"\n   next best: <code>{Html.Escape(item.OtherFactId)}</code> {Html.Escape(TextCut.Shorten(item.OtherQuestion ?? "", 100))}");
        }
        return sb.ToString();
    }

    /// <summary>The reason as the asker saw it on the button, not its stored code.</summary>
    private static string Describe(string reason) => reason switch
    {
        DownVoteReason.Wrong => "wrong",
        DownVoteReason.Outdated => "outdated",
        DownVoteReason.Unanswered => "didn't answer the question",
        _ => reason,
    };

    public static string Votes(IReadOnlyList<FactVotes> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (votes.Count == 0)
        {
            return "\n<b>Votes:</b> none yet";
        }
        var sb = new StringBuilder("\n<b>Votes per fact</b> (most 👎 first):");
        foreach (var v in votes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n<code>{Html.Escape(v.FactId)}</code> 👍 {v.Up} · 👎 {v.Down}");
        }
        return sb.ToString();
    }

    public static string Fact(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new StringBuilder().Append("<code>").Append(Html.Escape(fact.Id)).Append("</code> v").Append(fact.Version)
            .Append(fact.Status == FactStatus.Retired ? " <i>retired</i>" : "")
            .Append("\n<b>Q:</b> ").Append(Html.Escape(fact.Question))
            .Append("\n<b>A:</b> ").Append(Html.Escape(fact.Answer))
            .Append(string.Concat(fact.Alternates.Take(10).Select(a => "\n• " + Html.Escape(TextCut.Shorten(a, 120)))))
            .Append("\n\nCorrect it with /editfact ").Append(Html.Escape(fact.Id)).Append(", see its versions with /history ").Append(Html.Escape(fact.Id))
            .ToString();
    }
}
