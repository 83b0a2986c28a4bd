using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>A short first name declined in Ukrainian or Russian ("Рена Холловея") read as a name, not as a new rare word.</summary>
public sealed class ShortFirstNameGlossTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["ru"] = ["какой$\twhich", "пост$\tpost", "у$\tat", "кто$\twho", "сопровождает$\taccompanies"],
        ["uk"] = ["яка$\twhich", "посада$\tposition", "в$\tin"],
    });

    private static Glosser Glosser { get; } = new(Lexicon);

    [Theory]
    [InlineData("Какой пост у Рена Холловея?", "ru", "which post at ren holloway ?")]
    [InlineData("Яка посада в Рену Холловея?", "uk", "which position in ren holloway ?")]
    public void An_asker_s_declined_short_first_name_is_read_in_the_nominative(string question, string language, string expected)
    {
        Assert.Equal(expected, Glosser.GlossAs(question, language, w => w == "holloway", NameSkeletons.Build(["holloway"])).Text);
    }

    [Fact]
    public void A_lower_case_short_word_is_no_name_and_keeps_its_letters()
    {
        Assert.Contains("rena", Glosser.GlossAs("какой пост у рена вейла", "ru", w => w == "vale").Text.Split(' '), StringComparer.Ordinal);
    }

    [Fact]
    public void A_curator_s_question_reads_a_declined_short_first_name_as_its_fact_spells_it()
    {
        var glossed = Glosser.GlossFor("Кто сопровождает Рена Вейла?", "ru", ["Who is accompanying Ron Vale?", "Ron Vale is joined by Corla Denn."]);

        Assert.Equal("who accompanies ron vale ?", glossed.Text);
    }

    [Fact]
    public void A_short_skeleton_names_the_one_short_word_with_those_consonants_and_th_is_t()
    {
        var names = NameSkeletons.Build(["ron", "keith", "vale", "delegation"]);

        Assert.Equal("ron", names.FindShort("ren"));
        Assert.Equal("keith", names.FindShort("kit"));
        Assert.Null(names.FindShort("dan"));
        Assert.Null(NameSkeletons.Build(["ron", "rain"]).FindShort("ren"));
    }
}
