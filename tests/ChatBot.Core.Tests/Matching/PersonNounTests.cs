using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A noun naming a person ("the Telsarian statesman", "the president's envoys") says whom a question is about, often in
/// other words than the fact's ("foreign minister"): a fact without it still answers when it states what is asked of them.
/// </summary>
public sealed class PersonNounTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("vale-terms", "What did Orrin Vale announce?", "Has Telsaria announced new terms?",
            "Telsaria's foreign minister Orrin Vale announced new terms for the talks."),
        Fact("river-dead", "How many people died at the weir?", "What was the toll at the weir?",
            "At least 12 people died in the attack on the weir.")]);

    [Fact]
    public void A_person_noun_the_fact_words_otherwise_is_read_past_to_what_is_asked()
    {
        var features = Matcher.Explain("What did the Telsarian statesman announce?", Index)
            .Single(c => c.FactId == "vale-terms").Features;

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void A_fact_that_words_neither_the_person_nor_what_is_asked_of_them_still_lacks_it()
    {
        var features = Matcher.Explain("What did the Telsarian statesman sign?", Index).Single(c => c.FactId == "vale-terms").Features;

        Assert.True(features.LacksPredicate);
    }

    [Fact]
    public void The_people_a_question_counts_are_what_it_asks()
    {
        var features = Matcher.Explain("How many soldiers died at the weir?", Index).Single(c => c.FactId == "river-dead").Features;

        Assert.True(features.LacksPredicate);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
