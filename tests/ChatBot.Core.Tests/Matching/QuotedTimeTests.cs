using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A curator's answer often leaves out a time its quoted sentence gives: "Pell said in a statement on Wednesday". A
/// "when" question about what that sentence states is answered by it; one about an event the sentence does not state
/// ("when was the fund founded?") is not dated by it.
/// </summary>
public sealed class QuotedTimeTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        new Fact("harrow-fund", "What is the Harrow Relief Fund?", ["Who runs the Harrow Relief Fund?"],
            "The Harrow Relief Fund, run by Ada Pell, says families pay the price while the bridge stays closed; it has appealed for money to keep its water trucks running.",
            [
                new Quote("wire", "\"Every week the bridge stays closed, families pay the price,\" Pell said in a statement on Wednesday."),
                new Quote("wire", "The fund has appealed for 4.2 million crowns to keep its water trucks running until the end of the year."),
            ], [], new DateOnly(2026, 3, 1))]);

    [Theory]
    [InlineData("When did Ada Pell put out her statement?")]
    [InlineData("When did the director put out her statement?")]
    [InlineData("Until when does the fund want to keep its trucks running?")]
    public void A_when_question_is_dated_by_the_quoted_sentence_that_states_what_is_asked(string question)
    {
        Assert.False(FeaturesOf(question, Index, "harrow-fund").WrongKind);
    }

    [Theory]
    [InlineData("when was the fund founded?")]
    [InlineData("when did the fund open?")]
    [InlineData("when were the water trucks bought?")]
    public void A_common_word_of_a_dated_sentence_does_not_date_another_event(string question)
    {
        Assert.True(FeaturesOf(question, Index, "harrow-fund").WrongKind);
    }

    [Fact]
    public void A_when_question_about_an_event_no_dated_sentence_states_finds_no_time()
    {
        Assert.True(FeaturesOf("When was the Harrow Relief Fund founded?", Index, "harrow-fund").WrongKind);
        var result = DefaultMatcher.Match("When was the Harrow Relief Fund founded?", Index);
        Assert.False(result.Answered, $"answered {result.Best?.FactId}");
    }

    [Fact]
    public void A_when_question_dated_by_a_quote_is_answered()
    {
        var result = DefaultMatcher.Match("Until when does the fund want to keep its trucks running?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("harrow-fund", result.Best!.FactId);
    }
}
