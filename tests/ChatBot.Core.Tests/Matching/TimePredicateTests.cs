using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A "when" question asks the date of an event, so the fact must state that event: itself, or a word related to it
/// in its own answer or quotes ("completed" for "finished"); one only its curators' questions relate to it does not.
/// </summary>
public sealed class TimePredicateTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("dam-built", "How big is the Kessel Dam?", "Where is the Kessel Dam?",
            "The Kessel Dam on the Brisk was completed in 1998 and holds back a reservoir of 40 square kilometres."),
        Fact("dam-repairs", "Were the Kessel Dam repairs completed?", "Who is repairing the Kessel Dam?",
            "Engineers from Harrow are repairing the Kessel Dam's spillway, which cracked in 2021.")]);

    [Fact]
    public void A_when_question_is_explained_by_a_related_word_the_fact_itself_states()
    {
        var features = Explain("When was the Kessel Dam finished?", "dam-built");

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void A_related_word_only_in_the_curators_questions_does_not_date_the_event()
    {
        var features = Explain("When was the Kessel Dam finished?", "dam-repairs");

        Assert.True(features.LacksPredicate);
    }

    private static MatchFeatures Explain(string question, string factId) =>
        new Matcher(new MatcherOptions()).Explain(question, Index).Single(c => c.FactId == factId).Features;
}
