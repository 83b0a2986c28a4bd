using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"How many died in the strikes on Ostrava?" is not answered with the toll of a strike the fact places elsewhere.</summary>
public sealed class OtherPlaceTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-strike", "How many people died in the strike on Harrow?", "Harrow death toll",
            "At least 26 people were killed in a missile strike on Harrow, a city in western Telsaria."),
        Fact("ostrava-talks", "Where will the talks be held?", "Talks venue", "The talks will be held in Ostrava."),
        Fact("ostrava-visit", "Who visited Ostrava?", "Did Ada Pell go to Ostrava?", "Ada Pell visited Ostrava on Monday.")]);

    [Theory]
    [InlineData("How many people died in the missile strike on Ostrava?")]
    [InlineData("How many people died in missile strikes on Ostrava this week?")]
    public void A_toll_of_a_strike_elsewhere_does_not_answer(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
    }

    [Theory]
    [InlineData("How many people died in the missile strike on Harrow?")]
    [InlineData("How many people died in the missile strike on Harrow on Wednesday?")]
    public void The_toll_of_the_named_place_still_answers(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.True(result.Answered);
        Assert.Equal("harrow-strike", result.Best!.FactId);
    }
}
