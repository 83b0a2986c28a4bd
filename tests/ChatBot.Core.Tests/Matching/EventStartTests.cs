using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

public sealed class EventStartTests
{
    private static Matcher Matcher { get; } = new(new MatcherOptions());

    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("aldane-leaving", "When is Corvin Aldane leaving?", "Is the envoy Corvin Aldane stepping down?",
            "Corvin Aldane, the Marvonian envoy to Telsaria, will leave his post in March.")]);

    [Theory]
    [InlineData("When did Corvin Aldane take up the envoy post?")]
    [InlineData("When was Corvin Aldane appointed envoy?")]
    public void A_question_about_when_a_tenure_started_is_not_answered_by_a_fact_about_its_end(string question)
    {
        Assert.False(Matcher.Match(question, Index).Answered);
    }

    [Fact]
    public void A_question_about_when_a_tenure_ends_is_still_answered()
    {
        var result = Matcher.Match("When will Corvin Aldane leave?", Index);

        Assert.True(result.Answered);
        Assert.Equal("aldane-leaving", result.Best!.FactId);
    }
}
