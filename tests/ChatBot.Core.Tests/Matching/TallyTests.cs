using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"How many have been killed in strikes this year?" asks a running tally, which the toll of one strike does not give.</summary>
public sealed class TallyTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        new Fact("harrow-strike", "How many people were killed in the missile strike on Harrow?",
            ["Harrow death toll", "How many people died in missile strikes?", "How many civilians were killed?"],
            "At least 26 people were killed in a missile strike on Harrow, a city in western Telsaria.",
            [new Quote("wire", "At least 26 civilians died in a missile strike on Harrow.")], [], new DateOnly(2026, 3, 1)),
        Fact("telsar-budget", "What is Telsaria's budget this year?", "Telsar budget",
            "Telsaria's total budget this year is 40 million crowns, by far its largest to date."),
        Fact("pell-envoy", "When did Ada Pell become envoy?", "Pell envoy start", "Ada Pell has served as special envoy since March, her office said.")]);

    [Theory]
    [InlineData("How many people have been killed in missile strikes this year?")]
    [InlineData("How many people were killed in missile strikes this year?")]
    [InlineData("How many civilians have died in missile strikes this year?")]
    [InlineData("How many people were killed in the missile strike on Harrow in total?")]
    [InlineData("How many days has Ada Pell served as special envoy so far?")]
    [InlineData("How many months has Ada Pell served as special envoy so far?")]
    public void A_single_figure_does_not_give_a_running_tally(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
    }

    [Fact]
    public void The_count_of_the_one_strike_is_still_answered()
    {
        var result = DefaultMatcher.Match("How many people were killed in the missile strike on Harrow?", Index);

        Assert.True(result.Answered);
        Assert.Equal("harrow-strike", result.Best!.FactId);
    }
}
