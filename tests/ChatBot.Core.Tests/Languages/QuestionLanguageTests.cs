using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Detection of a Latin-script question with only one word English lacks, on a small invented lexicon.</summary>
public sealed class QuestionLanguageTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["de"] = ["wer$\twho", "was$\twhat", "hat$\thas", "auf$\ton", "inhalt$\tcontent"],
        ["fr"] = ["quel$\twhich", "grade$\trank", "quoi$\twhat"],
    });

    [Theory]
    [InlineData("Quel grade a David Butler ?", "fr")]
    [InlineData("Which grade did David Butler and Quel get?", "en")]
    public void A_question_opening_with_a_question_word_english_lacks_is_in_that_language(string question, string expected)
    {
        Assert.Equal(expected, QuestionLanguage.Detect(question, null, Lexicon));
    }

    [Theory]
    [InlineData("Orrin Vale a quel rôle ?", "fr")]
    [InlineData("Orrin Vale a quel role ?", "en")]
    public void A_circumflex_english_does_not_write_tells_french_with_one_word_english_lacks(string question, string expected)
    {
        Assert.Equal(expected, QuestionLanguage.Detect(question, null, Lexicon));
    }

    [Theory]
    [InlineData("was hat Orrin Vale auf x geschriebn", "de")]
    [InlineData("c quoi le grand plan d Harrow", "fr")]
    [InlineData("what has Orrin Vale written about the plan auf x", "en")]
    [InlineData("Orrin Vale Corla Denn plan inhalt", "en")]
    public void A_longer_unaccented_sentence_with_a_function_word_english_lacks_and_none_only_english_has_is_in_that_language(
        string question, string expected)
    {
        Assert.Equal(expected, QuestionLanguage.Detect(question, null, Lexicon));
    }
}
