namespace ChatBot.Core.Matching;

/// <summary>
/// Two facts about one event often share most words: "Marvonia denies the strike" and "the strike killed twelve".
/// When the runner-up is close and states a word of the question the winner does not ("denies" in "does Marvonia deny
/// it?"), the winner's lead comes from the model's weighing, not from the question: the runner-up may be the one that
/// says what is asked, so both are offered. Only a word the runner-up's own answer or quotes state counts: one it holds
/// only in its curators' questions is their wording, not what it says. (A stricter test, the runner-up stating all the
/// winner's words and more, or more of their weight, kept more confident wrong answers.) A runner-up that fails an
/// answerability check cannot be the one that says what is asked, so against a clear lead it stops nothing.
/// </summary>
public sealed partial class Matcher
{
    // Log-odds within which a runner-up that explains more of the question stops the winner from answering.
    private const double SiblingTie = 1.5;

    // Log-odds from which a winner's lead over a runner-up that fails a check stands: within it the weighing is too
    // close to trust even against a fact that cannot answer.
    private const double UncheckedSiblingLead = 1.0;

    /// <summary>The runner-up is within <see cref="SiblingTie"/> and explains a word of the question the winner does not.</summary>
    private static bool SiblingExplainsMore(AnalyzedQuestion question, Span<Scored> scored, MatchIndex index)
    {
        var lead = scored.Length < 2 ? 0 : Logit(scored[0].Confidence) - Logit(scored[1].Confidence);
        if (scored.Length < 2 || lead > SiblingTie || (!scored[1].Clean && lead >= UncheckedSiblingLead))
        {
            return false;
        }
        var winner = index.ProfileAt(scored[0].Position);
        var runnerUp = index.ProfileAt(scored[1].Position);
        // A runner-up that holds none of the question's names while the winner holds some is about someone or somewhere
        // else: the word it adds ("military" in "was a military officer among Harrow's delegation?") is another's.
        // (Lacking only one of several names stops nothing: a sibling about the same event often drops one; −8 net.)
        var names = NameMask(question);
        if ((Explained(question, winner) & names) != 0 && (Explained(question, runnerUp) & names) == 0)
        {
            return false;
        }
        return StatesMore(question, winner, runnerUp);
    }

    /// <summary>Which of the question's first 64 words are names.</summary>
    private static ulong NameMask(AnalyzedQuestion question)
    {
        ulong mask = 0;
        var n = Math.Min(question.Concepts.Count, 64);
        for (var ci = 0; ci < n; ci++)
        {
            mask |= question.Concepts[ci].IsName ? 1UL << ci : 0;
        }
        return mask;
    }

    /// <summary>
    /// The runner-up's answer or quotes state a word of the question (or a related word) the winner does not hold at
    /// all. A word the runner-up holds only in its curators' questions is their wording, not what the fact says.
    /// </summary>
    internal static bool StatesMore(AnalyzedQuestion question, FactProfile winner, FactProfile runnerUp) =>
        (Explained(question, runnerUp, stated: true) & ~Explained(question, winner)) != 0;

    /// <summary>
    /// Which of the question's first 64 words the fact holds, itself or by a related word: anywhere, or with
    /// <paramref name="stated"/> only in its answer and quotes.
    /// </summary>
    private static ulong Explained(AnalyzedQuestion question, FactProfile fact, bool stated = false)
    {
        ulong mask = 0;
        var n = Math.Min(question.Concepts.Count, 64);
        for (var ci = 0; ci < n; ci++)
        {
            var concept = question.Concepts[ci];
            if (stated ? fact.States(concept.Id) || fact.StatesRelated(concept) : fact.Mentions(concept.Id) || fact.MentionsRelated(concept))
            {
                mask |= 1UL << ci;
            }
        }
        return mask;
    }
}
