using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"What did Vale say about the dam?" is not answered by a fact quoting Vale on something it never names.</summary>
public sealed class SaidAboutTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("vale-arrival", "What did Orrin Vale say about the visit?", "Why did Vale come to Telsar?",
            "Spokesperson Orrin Vale said the envoy arrived in Telsar that morning for a fact-finding visit."),
        Fact("harrow-dam", "Who built the Harrow dam?", "When was the Harrow dam built?", "Telsaria built the Harrow dam in 1971."),
        Fact("harrow-talks", "Where will the Harrow talks be held?", "Harrow talks venue", "The Harrow talks will be held in Ostrava.")]);

    [Theory]
    [InlineData("What did Orrin Vale say about Harrow?")]
    [InlineData("What did Orrin Vale say about the envoy's Harrow visit?")]
    public void A_fact_that_never_names_the_topic_does_not_say_what_was_said_about_it(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
        Assert.Equal("vale-arrival", result.Alternatives[0].FactId);
        Assert.True(QuestionAnalyzer.Analyze(question, Index).SaidAboutIndex >= 0);
        Assert.True(Index.TryGetProfile("vale-arrival", out var fact) && Matcher.StatesOtherThanAsked(QuestionAnalyzer.Analyze(question, Index), fact));
    }

    [Fact]
    public void A_fact_that_names_the_topic_still_answers()
    {
        var result = DefaultMatcher.Match("What did Orrin Vale say about the visit to Telsar?", Index);

        Assert.True(result.Answered);
        Assert.Equal("vale-arrival", result.Best!.FactId);
    }
}
