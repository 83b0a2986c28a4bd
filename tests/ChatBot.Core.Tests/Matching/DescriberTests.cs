using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Words that describe whom a question is about ("the downstream country", "the woman speaking for the ministry", "who
/// originally…") are not what it asks: the predicate check reads past them to the word that is.
/// </summary>
public sealed class DescriberTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("telsaria-delegation", "Who led Telsaria's delegation?", "Telsarian delegation head",
            "Telsaria's delegation was led by its water minister, Ada Pell."),
        Fact("marvonia-terms", "When did Marvonia announce its demands?", "Marvonian demands date",
            "Marvonia announced its demands in March 2021.")]);

    [Theory]
    [InlineData("Which downstream delegation did Ada Pell lead?", "telsaria-delegation")]
    [InlineData("Which woman was the delegation led by?", "telsaria-delegation")]
    public void A_describing_word_is_not_taken_for_what_the_question_asks(string question, string factId)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.False(features.LacksPredicate);
    }

    [Theory]
    [InlineData("When did Marvonia quietly announce its demands?")]
    [InlineData("When did Marvonia originally announce its demands?")]
    public void An_adverb_of_a_known_word_is_read_past_to_the_verb(string question)
    {
        var analyzed = QuestionAnalyzer.Analyze(question, Index);

        Assert.StartsWith("announc", analyzed.Concepts[analyzed.PredicateIndex].Word, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_ending_in_ly_that_is_no_adverb_of_a_known_word_is_still_what_is_asked()
    {
        var analyzed = QuestionAnalyzer.Analyze("Who in the family announced the demands?", Index);

        Assert.Equal("family", analyzed.Concepts[analyzed.PredicateIndex].Word);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
