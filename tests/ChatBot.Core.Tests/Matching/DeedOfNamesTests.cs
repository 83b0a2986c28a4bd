using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"What did Vale do in Harrow?" asks an activity; a fact that only brings Vale from Harrow does not say it.</summary>
public sealed class DeedOfNamesTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("vale-arrival", "Where did Orrin Vale come from?", "Did Vale arrive from Harrow?",
            "Orrin Vale arrived in Telsar from Harrow on Tuesday."),
        Fact("vale-job", "Who is Orrin Vale?", "What is Vale's job?", "Orrin Vale is Telsaria's envoy for water talks.")]);

    [Theory]
    [InlineData("What did Orrin Vale do in Harrow?")]
    [InlineData("What was Vale doing in Harrow?")]
    [InlineData("What did Vale do during his visit to Harrow?")]
    public void A_fact_that_shares_only_the_names_does_not_say_what_someone_did_there(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
        Assert.Equal("vale-arrival", result.Alternatives[0].FactId);
        Assert.True(QuestionAnalyzer.Analyze(question, Index).AsksDeedOfNames);
        Assert.True(StatesOtherThanAsked(question, "vale-arrival"));
    }

    private static bool StatesOtherThanAsked(string question, string factId) =>
        Index.TryGetProfile(factId, out var fact) && Matcher.StatesOtherThanAsked(QuestionAnalyzer.Analyze(question, Index), fact);

    [Fact]
    public void A_question_that_asks_no_deed_of_names_is_not_held_against_the_fact()
    {
        Assert.False(StatesOtherThanAsked("What is Vale's job?", "vale-job"));
    }

    [Theory]
    [InlineData("What does Orrin Vale do?")]
    [InlineData("What did Orrin Vale do before he became envoy?")]
    [InlineData("What did Vale and Harrow agree to do?")]
    [InlineData("What did Vale do about the water talks?")]
    [InlineData("What did Vale do in Harrow about the strike?")]
    [InlineData("What did Vale do in Harrow to stop the strike?")]
    public void A_job_an_earlier_deed_or_a_response_is_not_read_as_a_deed_of_names(string question)
    {
        Assert.False(QuestionAnalyzer.Analyze(question, Index).AsksDeedOfNames);
    }
}
