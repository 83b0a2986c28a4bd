using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Two facts about one departure tie on its words; the one whose curators asked "when" of the leaving dates it, and
/// is answered, while the one asked only "why" is not. Both state the leaving, so neither is singled out by its text.
/// </summary>
public sealed class AskedAlikeTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("vale-leaving", "When will Orrin Vale leave his post?", "Is the Telsarian envoy stepping down?",
            "A Telsarian official confirmed that envoy Orrin Vale will leave his post in January."),
        Fact("vale-reason", "Why is Orrin Vale leaving his post?", "Why does the envoy's post need Senate approval?",
            "Vale reportedly decided January would be a natural time for leaving the post, which needs Senate approval after 360 days.")]);

    [Theory]
    [InlineData("vale leaving when")]
    [InlineData("When is Vale leaving the post?")]
    public void A_when_question_is_answered_by_the_only_fact_whose_curators_asked_when_of_its_verb(string question)
    {
        var result = Matcher.Match(question, Index);
        var without = new Matcher(new MatcherOptions { AskedWinnerThreshold = 1 }).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("vale-leaving", result.Best!.FactId);
        Assert.False(without.Answered, $"answered without the rule: {without.Best?.FactId}");
    }

    [Fact]
    public void A_why_question_is_not_answered_by_the_fact_asked_when()
    {
        var result = Matcher.Match("Why is Vale leaving?", Index);

        Assert.NotEqual("vale-leaving", result.Answered ? result.Best!.FactId : null);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
