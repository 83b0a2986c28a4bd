using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A yes/no question about a participle ("Was the depot destroyed?") or about "any" of a kind ("Were any children
/// among the dead?") asks what a fact must state: when no fact uses the word, the fact that shares every name still
/// does not answer.
/// </summary>
public sealed class UnknownParticipleTests
{
    private static readonly MatchIndex Index = Build(
        Fact("depot-strike", "How many people died in the strike on the Harrow depot?", "Harrow depot death toll",
            "Eleven people were killed in a drone strike on the Harrow depot on Monday."),
        Fact("depot-inquiry", "Who called for an inquiry into the Harrow depot blast?", "Harrow depot inquiry",
            "Telsaria called for an independent inquiry into the blast at the Harrow depot."),
        Fact("talks-opened", "When did the Ostrava talks open?", "Ostrava talks start date",
            "The talks in Ostrava opened on Tuesday with both delegations present."));

    [Theory]
    [InlineData("Was the Harrow depot destroyed completely?")]
    [InlineData("Was the Harrow depot flooded afterwards?")]
    [InlineData("Were any children among the dead at the Harrow depot?")]
    [InlineData("Were children among those killed at the Harrow depot?")]
    public void A_yes_no_question_about_a_word_no_fact_uses_is_not_answered(string question)
    {
        var features = FeaturesOf(question, Index, "depot-strike");

        Assert.True(features.LacksPredicate);
        Assert.False(DefaultMatcher.Match(question, Index).Answered);
    }

    [Theory]
    [InlineData("Were any people killed at the Harrow depot?")]
    [InlineData("Were eleven people killed at the Harrow depot?")]
    public void A_yes_no_question_about_what_the_fact_states_still_passes(string question)
    {
        var features = FeaturesOf(question, Index, "depot-strike");

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void A_short_yes_no_question_about_a_participle_the_fact_does_not_state_is_not_answered()
    {
        // "started" is a word of the store (the talks fact's stored question), yet the inquiry fact never says it.
        const string question = "Has the inquiry into the Harrow depot blast started yet?";
        var features = FeaturesOf(question, Index, "depot-inquiry");

        Assert.True(features.LacksPredicate);
        Assert.False(DefaultMatcher.Match(question, Index).Answered);
    }

    [Fact]
    public void A_short_yes_no_question_about_a_participle_the_fact_states_still_passes()
    {
        var features = DefaultMatcher.Explain("Has Telsaria called for an inquiry into the Harrow depot blast?", Index)
            .Single(c => c.FactId == "depot-inquiry").Features;

        Assert.False(features.LacksPredicate);
    }
}
