using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class SpellCorrectorTests
{
    private static readonly SpellCorrector Speller = new(new Dictionary<string, int>
    {
        ["driscoll"] = 5,
        ["ternopil"] = 2,
        ["kellogg"] = 3,
        ["many"] = 1000,
        ["delegation"] = 4,
    });

    [Theory]
    [InlineData("dirscoll", "driscoll")]
    [InlineData("ternopol", "ternopil")]
    [InlineData("kelog", "kellogg")]
    [InlineData("mny", "many")]
    [InlineData("delagation", "delegation")]
    public void Fixes_typos_against_store_words(string typo, string expected)
    {
        Assert.Equal(expected, Speller.Correct(typo));
    }

    [Theory]
    [InlineData("kharkiv")]
    [InlineData("driscoll")]
    [InlineData("ab")]
    public void Leaves_unknown_names_and_known_words_alone(string word)
    {
        Assert.Null(Speller.Correct(word));
    }

    [Fact]
    public void English_speller_fixes_everyday_words_but_not_names()
    {
        Assert.Equal("accompanied", EnglishSpeller.Correct("acompanied"));
        Assert.Null(EnglishSpeller.Correct("odesa"));
    }
}
