using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Everyday words a question uses for what a fact words otherwise (related-curated.txt): "the minimum toll" for
/// "at least", "admit" for "denied". The fact states what is asked, only in other words.
/// </summary>
public sealed class CuratedRelationTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("truce-dismissed", "What did Telsaria do about the truce?", "Is there a truce?",
            "Telsaria has rejected calls for an immediate truce along the river."),
        Fact("weir-dead", "How many people died at the weir?", "What happened at the weir?",
            "At least 12 people died in the attack on the weir."),
        Fact("strike-denied", "Who was blamed for the strike on Harrow?", "Who is blamed for Harrow?",
            "Telsaria denied carrying out the strike on Harrow."),
        Fact("plan-drafted", "Whose plan is it?", "Is there a plan for the weir?",
            "Corla Denn drafted the plan for the weir."),
        Fact("drone-launched", "What hit the depot at Telsa Ford?", "Was the depot at Telsa Ford hit?",
            "Harrow launched a drone raid on the depot at Telsa Ford."),
        Fact("harrow-invaded", "When did the war over Harrow begin?", "Is Harrow occupied?",
            "Telsaria invaded Harrow in 2019.")]);

    [Theory]
    [InlineData("What is the minimum toll at the weir?", "weir-dead")]
    [InlineData("Did Telsaria admit the strike on Harrow?", "strike-denied")]
    [InlineData("Who authored the plan for the weir?", "plan-drafted")]
    [InlineData("Who carried out the drone raid on the depot at Telsa Ford?", "drone-launched")]
    // A phrasal verb with "into" is read whole, as "roll into" for "invade".
    [InlineData("Which year did Telsaria roll into Harrow?", "harrow-invaded")]
    public void A_fact_stating_what_is_asked_in_related_words_does_not_lack_the_predicate(string question, string factId)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void A_fact_that_states_neither_the_word_nor_a_related_one_still_lacks_it()
    {
        var features = Matcher.Explain("How has Telsaria funded the truce?", Index).Single(c => c.FactId == "truce-dismissed").Features;

        Assert.True(features.LacksPredicate);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
