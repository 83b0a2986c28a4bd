using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>A fact that gives what holds in one season does not say what holds in another.</summary>
public sealed class SeasonTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-flow", "How much water would Telsaria release from the Harrow dam?", "Harrow dam flow under the plan",
            "Under the plan, Telsaria would release 90 cubic metres of water per second from the Harrow dam in summer.")]);

    [Fact]
    public void A_fact_about_summer_is_not_the_answer_to_what_holds_in_winter()
    {
        var result = DefaultMatcher.Match("How much water would Telsaria release from the Harrow dam in winter?", Index);

        Assert.False(result.Answered);
        Assert.Equal("harrow-flow", result.Alternatives[0].FactId);
    }

    [Theory]
    [InlineData("How much water would Telsaria release from the Harrow dam in summer?")]
    [InlineData("How much water would Telsaria release from the Harrow dam?")]
    public void The_season_it_states_or_none_is_still_answered(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.True(result.Answered);
        Assert.Equal("harrow-flow", result.Best!.FactId);
    }
}
