using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"How much is the grant in dollars?" is stated by a fact that writes the sum "$4.2m": the sign is the currency.</summary>
public sealed class CurrencyTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("grant-size", "How big is the Telsarian water grant?", "What is the water grant worth?",
            "The Telsarian water grant is worth $4.2m (£3.3m).")]);

    [Theory]
    [InlineData("How much is the water grant in dollars?")]
    [InlineData("What is the water grant worth in pounds?")]
    public void A_question_asking_in_a_currency_is_explained_by_the_sign_of_the_sum(string question)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == "grant-size").Features;

        Assert.Equal(1.0, features.Coverage, 3);
    }

    [Fact]
    public void A_text_without_a_currency_sign_gives_no_currency_words()
    {
        Assert.Null(CurrencyWords.Of("The grant is worth 4.2 million crowns."));
        Assert.Equal("dollars pounds", CurrencyWords.Of("worth $105m (£80m)"));
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
