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
    public void A_short_name_whose_stem_is_an_english_word_keeps_its_ending()
    {
        Assert.Equal("which post at riga ?", Glosser.GlossAs("Какой пост у Рига?", "ru", w => w == "holloway", NameSkeletons.Build(["holloway"])).Text);
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
        var names = NameSkeletons.Build(["ron", "seth", "vale", "delegation"], shortNames: true);

        Assert.Equal("ron", names.FindShort("ren"));
        Assert.Equal("seth", names.FindShort("sit"));
        Assert.Null(names.FindShort("dan"));
        Assert.Null(NameSkeletons.Build(["ron", "rene"], shortNames: true).FindShort("ren"));
    }

    [Fact]
    public void A_common_short_word_is_no_first_name_and_leaves_the_name_with_its_consonants_unambiguous()
    {
        var names = NameSkeletons.Build(["ron", "run", "done", "vale", "veil"], shortNames: true);

        Assert.Equal("ron", names.FindShort("ren"));
        Assert.Null(names.FindShort("dan"));
        Assert.Null(names.FindShort("veyl"));
        Assert.Equal("vale", NameSkeletons.Build(["vale", "run"], shortNames: true).FindShort("veyl"));
    }

    [Fact]
    public void Short_names_are_kept_only_when_asked_for_as_a_whole_store_has_too_many()
    {
        Assert.Null(NameSkeletons.Build(["ron", "vale"]).FindShort("ren"));
    }

    [Fact]
    public void A_curator_s_short_first_name_is_its_fact_s_though_the_fact_says_a_common_word_with_its_consonants()
    {
        var glossed = Glosser.GlossFor("Кто сопровождает Рена Вейла?", "ru", ["Who is accompanying Ron Vale?", "Ron Vale will run the talks."]);

        Assert.Equal("who accompanies ron vale ?", glossed.Text);
    }
}
