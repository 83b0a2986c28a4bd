using System.Globalization;
using System.Text;
using ChatBot.Core.Facts;
using ChatBot.Core.Feedback;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Telegram.Commands.Admin.Feedback;

/// <summary>The curators' views of feedback: /feedback, votes in /stats and a fact opened from /feedback, worded by <see cref="ICuratorTexts"/>.</summary>
public static class FeedbackTexts
{
    public static string Report(ICuratorTexts texts, IReadOnlyList<FeedbackItem> items)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return texts.NoFeedback;
        }
        var sb = new StringBuilder(texts.FeedbackTitle);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, q) = (items[i], items[i].Question);
            sb.Append(CultureInfo.InvariantCulture, $"\n\n<b>{i + 1}.</b> “{Html.Escape(TextCut.Shorten(q.Text, 200))}” — 👎 {q.Down}");
            if (q.Reasons.Count > 0)
            {
                var reasons = q.Reasons.GroupBy(r => r).Select(g => g.Count() > 1 ? $"{texts.DownVoteReason(g.Key)} ×{g.Count()}" : texts.DownVoteReason(g.Key));
                sb.Append(" (").Append(Html.Escape(string.Join(", ", reasons))).Append(')');
            }
            sb.Append("\n   ").Append(texts.AnsweredWith).Append(" <code>").Append(Html.Escape(q.FactId)).Append("</code> ")
                .Append(Html.Escape(TextCut.Shorten(item.FactQuestion, 100)));
            sb.Append(item switch
            {
                { OtherFactId: { } other } => $"\n   {texts.NextBest} <code>{Html.Escape(other)}</code> {Html.Escape(TextCut.Shorten(item.OtherQuestion ?? "", 100))}",
                { Closest.Count: > 0 } => "\n   " + texts.ClosestFacts(other: true) + ReportReplies.Closest(item.Closest),
                _ => "\n   " + (q.Reasons.Contains(DownVoteReason.Unanswered) ? texts.NoOtherFact : texts.FixTheFact),
            });
        }
        return sb.ToString();
    }

    public static string Votes(ICuratorTexts texts, IReadOnlyList<FactVotes> votes)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(votes);
        if (votes.Count == 0)
        {
            return "\n" + texts.NoVotes;
        }
        var sb = new StringBuilder("\n").Append(texts.VotesTitle);
        foreach (var v in votes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n<code>{Html.Escape(v.FactId)}</code> 👍 {v.Up} · 👎 {v.Down}");
        }
        return sb.ToString();
    }

    public static string Fact(ICuratorTexts texts, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(fact);
        return new StringBuilder().Append("<code>").Append(Html.Escape(fact.Id)).Append("</code> v").Append(fact.Version)
            .Append(fact.Status == FactStatus.Retired ? " <i>" + texts.RetiredMark + "</i>" : "")
            .Append("\n<b>Q:</b> ").Append(Html.Escape(fact.Question))
            .Append("\n<b>A:</b> ").Append(Html.Escape(fact.Answer))
            .Append(string.Concat(fact.Alternates.Take(10).Select(a => "\n• " + Html.Escape(TextCut.Shorten(a, 120)))))
            .Append("\n\n").Append(texts.CorrectIt(Html.Escape(fact.Id)))
            .ToString();
    }
}
