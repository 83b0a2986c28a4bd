using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Which long lower-case words nothing reads a glossed question keeps, on a small invented lexicon.</summary>
public sealed class UnknownWordGlossTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["de"] = ["was$\twhat", "ist$\tis", "die$\t-", "hauptstadt\tcapital", "von$\tfrom", "wer$\twho", "leitet$\theads", "delegation\tdelegation"],
        ["ru"] = ["как$\thow", "столиц\tcapital", "кто$\twho", "возглавля\theads", "делегаци\tdelegation"],
    });

    private static Glosser Glosser { get; } = new(Lexicon);

    private static bool Known(string word) => word is "capital" or "delegation";

    [Theory]
    [InlineData("was ist die hauptstadt von australien", "de", "what is capital from australien")]
    [InlineData("как называется столица австралии", "ru", "how nazyvaetsya capital avstralii")]
    public void Unknown_words_that_outnumber_the_words_read_are_kept_as_the_topic_no_fact_mentions(string question, string language, string expected)
    {
        Assert.Equal(expected, Glosser.GlossAs(question, language, Known).Text);
    }

    [Theory]
    [InlineData("wer leitet die delegation eigentlich", "de", "who heads delegation")]
    [InlineData("кто возглавляет делегацию собственно", "ru", "who heads delegation")]
    public void An_unknown_inflected_word_beside_more_words_read_is_left_out(string question, string language, string expected)
    {
        Assert.Equal(expected, Glosser.GlossAs(question, language, Known).Text);
    }
}
