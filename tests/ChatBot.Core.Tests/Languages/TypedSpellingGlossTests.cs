using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Questions typed as people type them: without umlauts, apostrophes or hyphens, on a small invented lexicon.</summary>
public sealed class TypedSpellingGlossTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["de"] = ["wer$\twho", "führt\tleads", "vorschlag\tproposal", "heißt$\tis called", "aktuell\tcurrent", "die$\t-", "der$\t-"],
        ["fr"] = ["quand$\twhen", "qui$\twho", "est$\tis", "ce$\tthis", "que$\twhat", "dit$\tsays", "l$\t-", "esprit\tspirit",
                  "voit$\tsees", "combien$\thow many", "de$\t-", "temps\ttime", "c$\t-", "depuis$\tsince"],
        ["uk"] = ["скільки$\thow many", "часу$\ttime", "тривал\tlasted"],
    });

    private static Glosser Glosser { get; } = new(Lexicon);

    [Theory]
    [InlineData("Wer fuehrt die Delegation?", "who leads Delegation ?")]
    [InlineData("Die Vorschlaege", "proposal")]
    [InlineData("Wie heisst er", "Wie is called er")]
    public void A_german_umlaut_or_sharp_s_typed_as_two_letters_is_read_as_the_letter_it_stands_for(string question, string expected) =>
        Assert.Equal(expected, Glosser.GlossAs(question, "de").Text);

    [Fact]
    public void A_german_word_the_lexicon_knows_as_typed_keeps_its_own_reading()
    {
        Assert.Equal("current", Glosser.GlossAs("aktuell", "de").Text);
        Assert.Null(GermanSpelling.Umlauts("neue", sharpS: false));
        Assert.Null(GermanSpelling.Umlauts("quelle", sharpS: false));
        Assert.Equal("fur", GermanSpelling.Umlauts("fuer", sharpS: false));
    }

    [Fact]
    public void A_participles_umlaut_typed_as_two_letters_after_its_ge_is_read_as_the_umlaut()
    {
        Assert.Equal("geandert", GermanSpelling.Umlauts("geaendert", sharpS: false));
        Assert.Equal("abgeandert", GermanSpelling.Umlauts("abgeaendert", sharpS: false));
        Assert.Equal("ausgeubt", GermanSpelling.Umlauts("ausgeuebt", sharpS: false));
        Assert.Contains("changed", Glosser.Shared.GlossAs("Hat Telsaria ihre Bedingungen geaendert?", "de").Text.Split(' '), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("il a dit quoi sur lesprit", "il says quoi sur spirit")]
    [InlineData("Lesprit", "Lesprit")]
    public void A_french_elision_typed_without_its_apostrophe_is_split_only_when_the_word_is_unknown_and_lower_case(string question, string expected) =>
        Assert.Equal(expected, Glosser.GlossAs(question, "fr").Text);

    [Fact]
    public void A_french_c_elides_only_before_e()
    {
        Assert.Null(FrenchElision.Rest("canada"));
        Assert.Equal("estait", FrenchElision.Rest("cestait"));
    }

    [Theory]
    [InlineData("quand est ce que il voit", "when il sees")]
    [InlineData("c'est ce que dit il", "is this what says il")]
    public void A_french_est_ce_que_typed_without_hyphens_is_a_question_marker_unless_it_follows_c(string question, string expected) =>
        Assert.Equal(expected, Glosser.GlossAs(question, "fr").Text);

    [Theory]
    [InlineData("combien de temps ?", "fr", "how long ?")]
    [InlineData("скільки часу тривали", "uk", "how long lasted")]
    [InlineData("depuis combien de temps ?", "fr", "since how many time ?")]
    public void How_many_time_is_read_as_how_long_unless_it_counts_since_when(string question, string language, string expected) =>
        Assert.Equal(expected, Glosser.GlossAs(question, language).Text);

    [Fact]
    public void A_lower_case_latin_word_one_typo_from_a_lexicon_word_is_read_as_that_word_when_the_store_lacks_it()
    {
        Assert.Equal("spirit", Glosser.GlossAs("espirt", "fr", _ => false).Text);
        Assert.Equal("espirt", Glosser.GlossAs("espirt", "fr", w => w == "espirt").Text);
        Assert.Equal("Espirt", Glosser.GlossAs("Espirt", "fr", _ => false).Text);
    }
}
