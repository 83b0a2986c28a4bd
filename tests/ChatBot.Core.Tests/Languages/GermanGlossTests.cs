using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>German word forms the lexicon lists only in part, on a small invented lexicon.</summary>
public sealed class GermanGlossTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["de"] = ["hat$\thas", "haben$\thave", "sich$\t-", "der$\t-", "die$\t-", "plan\tplan", "bedingung\tconditions", "andert\tchanged"],
    });

    private static Glosser Glosser { get; } = new(Lexicon);

    [Fact]
    public void A_past_participle_is_glossed_by_its_verb_when_the_lexicon_lists_only_the_verb()
    {
        Assert.Equal("has plan changed ?", Glosser.GlossAs("Hat sich der Plan geändert?", "de").Text);
        Assert.Equal("changed", string.Join(' ', Lexicon.TranslateGermanParticiple("geandert") ?? []));
    }

    [Fact]
    public void A_word_starting_with_ge_is_no_participle_when_too_little_is_left_for_a_verb()
    {
        Assert.Null(Lexicon.TranslateGermanParticiple("geplan"));
        Assert.Null(Lexicon.TranslateGermanParticiple("gegen"));
    }
}
