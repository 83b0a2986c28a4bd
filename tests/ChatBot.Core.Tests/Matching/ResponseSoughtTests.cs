using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"Did the ministry respond to the Courier?" is not answered by a fact that only says the Courier asked it for comment.</summary>
public sealed class ResponseSoughtTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("courier-contacted", "Has the Harrow Courier asked the Telsarian ministry for comment?", "Who did the Courier contact?",
            "The Harrow Courier has reached out to the Telsarian ministry and a representative for Orrin Vale for comment."),
        Fact("harrow-dam", "Who built the Harrow dam?", "When was the Harrow dam built?", "Telsaria built the Harrow dam in 1971.")]);

    [Theory]
    [InlineData("Did the Telsarian ministry respond to the Harrow Courier?")]
    [InlineData("How did the Telsarian ministry respond to the Courier's request for comment?")]
    [InlineData("Did Orrin Vale's representative reply to the Harrow Courier?")]
    public void A_fact_that_only_seeks_comment_does_not_say_whether_it_came(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
    }

    [Theory]
    [InlineData("Did the Harrow Courier contact the Telsarian ministry for comment?")]
    [InlineData("Did the Courier ask the Telsarian ministry to respond?")]
    public void Questions_about_the_seeking_still_get_the_fact(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.True(result.Answered);
        Assert.Equal("courier-contacted", result.Best!.FactId);
    }
}
