using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class TokenizerTests
{
    [Fact]
    public void Lowercases_folds_diacritics_and_drops_possessives()
    {
        var tokens = Tokenizer.Tokenize("Ukraine’s Zelénsky's KYIV");

        Assert.Equal(["ukraine", "zelensky", "kyiv"], tokens);
    }

    [Fact]
    public void Keeps_the_country_US_apart_from_the_pronoun_us()
    {
        Assert.Equal(["usa", "army"], Tokenizer.Tokenize("US army"));
        Assert.Equal(["tell", "us"], Tokenizer.Tokenize("tell us"));
    }

    [Fact]
    public void Splits_numbers_and_hyphenated_words()
    {
        Assert.Equal(["the", "28", "point", "plan", "105m"], Tokenizer.Tokenize("the 28-point plan ($105m)"));
    }

    [Fact]
    public void Stops_at_the_token_limit()
    {
        var tokens = Tokenizer.Tokenize(string.Join(' ', Enumerable.Repeat("word", 1000)), Tokenizer.MaxTokens);

        Assert.Equal(Tokenizer.MaxTokens, tokens.Count);
    }
}
