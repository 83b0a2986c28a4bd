using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"How many / how much" questions on a small invented store: when a fact's count answers them and when not.</summary>
public sealed class CountQuestionTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("alderford-strike", "How many people died in the Alderford strike?", "Alderford strike toll",
            "Twelve people lost their lives in a drone strike on Alderford on Monday."),
        Fact("orlen-plan", "What is in the Orlen plan?", "Who drew up the Orlen plan?",
            "Under the Orlen plan, Telsaria would release 180 cubic metres of water per second from the Orlen reservoir and free 40 detainees."),
        Fact("harrow-detainees", "Who holds the Harrow detainees?", "Harrow detainees held",
            "Telsaria has held 12 of the 40 detainees taken near Harrow since March.")]);

    [Theory]
    [InlineData("How many people live in Alderford?")]
    [InlineData("how many ppl are living in alderford")]
    public void Where_people_live_is_not_answered_by_the_lives_lost_there(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
    }

    [Theory]
    [InlineData("How many people lost their lives in Alderford?")]
    [InlineData("How many lives were lost in the Alderford strike?")]
    public void The_lives_lost_are_still_counted(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("alderford-strike", result.Best!.FactId);
    }

    [Theory]
    [InlineData("my cousin lives near alderford", 2, true)]
    [InlineData("how many people live in alderford", 3, true)]
    [InlineData("how many people lost their lives in alderford", 5, false)]
    [InlineData("how many lives were lost in alderford", 2, false)]
    public void Live_is_a_verb_of_place_only_before_a_preposition_and_without_an_owner(string question, int at, bool resides)
    {
        Assert.Equal(resides, QuestionAnalyzer.Resides([.. question.Split(' ')], at));
    }

    [Fact]
    public void A_count_no_stored_question_resembles_is_offered_not_answered()
    {
        const string question = "How much water does the Orlen reservoir release per second?";

        var result = DefaultMatcher.Match(question, Index);
        var without = new Matcher(new MatcherOptions { NumberSimilarityFloor = 0 }).Match(question, Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Equal("orlen-plan", result.Alternatives[0].FactId);
        Assert.True(without.Answered, $"not answered without the floor ({without.Best?.Confidence})");
    }

    [Theory]
    [InlineData("How many of the 40 detainees are held by Telsaria?", "orlen-plan", true)]
    [InlineData("How many detainees would the Orlen plan free?", "orlen-plan", false)]
    [InlineData("How many of the 40 detainees are held by Telsaria?", "harrow-detainees", false)]
    public void A_part_of_a_whole_the_question_already_gives_is_not_answered_by_the_whole(string question, string factId, bool lacks)
    {
        var features = FeaturesOf(question, Index, factId);

        Assert.Equal(lacks, features.LacksWhatIsAsked);
    }
}
