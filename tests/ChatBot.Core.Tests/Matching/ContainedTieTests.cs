using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Two facts curated with questions that both hold a short question ("is vale leaving"): the one whose own answer and
/// quotes state every word of it says what is asked; the other only shares its curators' wording.
/// </summary>
public sealed class ContainedTieTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("vale-leaving", "Is Orrin Vale leaving?", "When will Vale step down?",
            "Orrin Vale is leaving his post as envoy in January."),
        Fact("vale-reason", "Why is Orrin Vale leaving?", "What did Vale say about his reasons?",
            "Vale said the rules on temporary appointments required him to go after a year.")]);

    [Theory]
    [InlineData("is vale leaving")]
    [InlineData("orrin vale leaving")]
    public void The_only_contained_fact_that_states_every_word_is_answered(string question)
    {
        var result = new Matcher(new MatcherOptions()).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("vale-leaving", result.Best!.FactId);
    }
}
