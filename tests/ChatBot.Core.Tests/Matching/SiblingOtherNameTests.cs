using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A runner-up that states a word of the question the winner lacks stops the winner only when it is about what the
/// question names: one that holds none of its names is about someone else, and its extra word is theirs.
/// </summary>
public sealed class SiblingOtherNameTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-delegation", "Who led the Harrow delegation?", "Who was on Harrow's negotiating team?",
            "Harrow's delegation was led by Gen. Orrin Vale, the army chief of staff, and Corla Denn, its chief negotiator."),
        Fact("officials-arrived", "Have senior defence officials arrived?", "Who announced the officials' arrival?",
            "Senior defence officials have arrived for the talks, according to the military, and will meet the delegation leaders.")]);

    [Fact]
    public void A_runner_up_holding_none_of_the_questions_names_does_not_stop_the_winner()
    {
        var result = DefaultMatcher.Match("Was a military officer among the leaders of Harrow's delegation?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("harrow-delegation", result.Best!.FactId);
    }
}
