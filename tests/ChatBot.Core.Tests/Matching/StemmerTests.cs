using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class StemmerTests
{
    [Theory]
    [InlineData("heading", "head")]
    [InlineData("heads", "head")]
    [InlineData("killed", "kill")]
    [InlineData("kills", "killing")]
    [InlineData("casualties", "casualty")]
    [InlineData("accompanied", "accompanying")]
    [InlineData("negotiations", "negotiate")]
    [InlineData("leaders", "lead")]
    public void Gives_word_forms_one_stem(string word, string other)
    {
        Assert.Equal(Stemmer.Stem(other), Stemmer.Stem(word));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("2022")]
    [InlineData("105m")]
    public void Leaves_short_words_and_numbers_alone(string word)
    {
        Assert.Equal(word, Stemmer.Stem(word));
    }

    [Fact]
    public void Keeps_lives_the_plural_of_life_apart_from_the_verb_live()
    {
        Assert.NotEqual(Stemmer.Stem("live"), Stemmer.Stem("lives"));
        Assert.Equal(Stemmer.Stem("live"), Stemmer.Stem("living"));
    }
}
