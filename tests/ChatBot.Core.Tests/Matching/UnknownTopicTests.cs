using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A short yes/no question that names no one and whose uncommon word no fact uses ("Is it worth buying a kayak?")
/// is off the store's topics: the fact that shares only its everyday words ("worth", "buying") does not answer it.
/// </summary>
public sealed class UnknownTopicTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-sale", "How much is the Harrow air-defence sale worth?", "Is Telsaria buying air defence from Harrow?",
            "Harrow approved the sale of air-defence systems to Telsaria, worth $105m, which Telsaria is buying with a loan.")]);

    [Fact]
    public void A_short_question_about_a_word_no_fact_uses_is_not_answered()
    {
        const string question = "is it worth buying a kayak right now";

        Assert.True(Features(question).LacksPredicate);
        Assert.False(DefaultMatcher.Match(question, Index).Answered);
    }

    [Fact]
    public void A_short_question_about_what_the_store_holds_still_passes()
    {
        Assert.False(Features("is the air-defence sale worth buying").LacksPredicate);
    }

    private static MatchFeatures Features(string question) =>
        FeaturesOf(question, Index, "harrow-sale");
}
