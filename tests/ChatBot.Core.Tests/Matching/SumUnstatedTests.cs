using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A fact that gives a sum in dollars is not the answer to every question about prices: it must explain what the sum
/// is of, and give it in the currency asked.
/// </summary>
public sealed class SumUnstatedTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("grant-size", "How big is the Telsarian water grant?", "What is the price of the water grant?",
            "The Telsarian water grant is worth $4.2m (£3.3m)."),
        Fact("harrow-fund", "How much is the Harrow relief fund?", "How big is the Harrow relief fund?",
            "Corla Denn set up the Harrow relief fund with 40 million crowns.")]);

    [Theory]
    [InlineData("price today?")]
    [InlineData("What's today's exchange rate between the dollar and the pound?")]
    public void A_fact_that_explains_only_the_words_asking_for_a_sum_is_not_the_answer(string question)
    {
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
        Assert.Equal("grant-size", result.Alternatives[0].FactId);
        Assert.True(QuestionAnalyzer.Analyze(question, Index).AsksSum);
        Assert.True(Index.TryGetProfile("grant-size", out var fact) && Matcher.StatesOtherThanAsked(QuestionAnalyzer.Analyze(question, Index), fact));
    }

    [Theory]
    [InlineData("What's today's exchange rate between the dollar and the pound?", true)]
    [InlineData("What is the grant worth in quid?", true)]
    [InlineData("When was the prisoner exchange?", false)]
    [InlineData("What is the unemployment rate in Harrow?", false)]
    public void Exchange_and_rate_ask_a_sum_only_beside_a_currency(string question, bool asked)
    {
        Assert.Equal(asked, QuestionAnalyzer.Analyze(question, Index).AsksSum);
    }

    [Fact]
    public void A_fact_that_gives_the_sum_in_another_currency_does_not_convert_it()
    {
        const string question = "What is the Harrow relief fund of 40 million crowns worth in US dollars?";
        var result = DefaultMatcher.Match(question, Index);

        Assert.False(result.Answered);
        Assert.Equal("harrow-fund", result.Alternatives[0].FactId);
        Assert.True(QuestionAnalyzer.Analyze(question, Index).InCurrencyId >= 0);
        Assert.True(Index.TryGetProfile("harrow-fund", out var fact) && Matcher.StatesOtherThanAsked(QuestionAnalyzer.Analyze(question, Index), fact));
    }

    [Theory]
    [InlineData("Was there a fall in the pound?", false)]
    [InlineData("Did Telsaria put the water grant in pounds?", false)]
    [InlineData("How much is the Telsarian water grant in pounds?", true)]
    [InlineData("What is the price of the water grant in pounds?", true)]
    public void A_currency_after_in_is_asked_only_of_a_sum(string question, bool asked)
    {
        Assert.Equal(asked, QuestionAnalyzer.Analyze(question, Index).InCurrencyId >= 0);
    }

    [Fact]
    public void A_fact_that_gives_the_sum_of_what_is_asked_in_the_currency_asked_answers()
    {
        var result = DefaultMatcher.Match("How much is the Telsarian water grant in pounds?", Index);

        Assert.True(result.Answered);
        Assert.Equal("grant-size", result.Best!.FactId);
    }
}
