using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Of facts whose curators' questions hold a short question, the only one that states every word of it is answered,
/// even when a fact no curator asked it of states the words too but fails an answerability check (it gives the role
/// to another country).
/// </summary>
public sealed class ContainedTieCheckTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("envoy-remarks", "What did Telsaria's envoy say?", "Did the envoy comment on the talks?",
            "Telsaria's envoy Orrin Vale said the talks would resume in Ostrava next month."),
        Fact("envoy-post", "Who is Telsaria's envoy?", "What did Telsaria's envoy say about his post?",
            "Orrin Vale has served as the Telsarian representative to the Brisk basin since 2019."),
        Fact("marvonia-envoy", "What did Marvonia's envoy say about the vote?", "Will Marvonia back the vote?",
            "Marvonia's envoy said Telsaria would lose the vote on the Brisk.")]);

    [Fact]
    public void A_fact_that_fails_a_check_does_not_stop_the_only_contained_fact_that_states_the_question()
    {
        var result = new Matcher(new MatcherOptions()).Match("telsaria envoy say", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("envoy-remarks", result.Best!.FactId);
    }
}
