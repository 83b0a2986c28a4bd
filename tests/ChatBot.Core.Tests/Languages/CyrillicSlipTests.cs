using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Ukrainian against Russian when one typed letter and the words disagree, on a small invented lexicon.</summary>
public sealed class CyrillicSlipTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["uk"] = ["хто$\twho", "писав$\twrote", "пункт\tpoint"],
        ["ru"] = ["кто$\twho", "писал$\twrote", "пункт\tpoint"],
    });

    [Theory]
    [InlineData("хто писав звит на 5 пунктыв", "uk")]
    [InlineData("кто писал отчёт на 5 пунктов", "ru")]
    [InlineData("хто писал отчёт на 5 пунктов", "ru")]
    public void One_letter_of_the_other_alphabet_gives_way_to_the_words(string question, string expected)
    {
        Assert.Equal(expected, QuestionLanguage.Detect(question, null, Lexicon));
    }
}
