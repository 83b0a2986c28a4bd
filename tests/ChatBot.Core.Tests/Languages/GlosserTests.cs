using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Language detection, transliteration and word-by-word glossing, on a small invented lexicon.</summary>
public sealed class GlosserTests
{
    private static readonly CrossLexicon Lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
    {
        ["uk"] = ["хто$\twho", "очолю\theads", "делегаці\tdelegation", "чи$\t-", "і$\tand"],
        ["ru"] = ["кто$\twho", "возглавля\theads", "делегаци\tdelegation", "ли$\t-"],
        ["de"] = ["wer$\twho", "leitet$\theads", "die$\t-", "der$\t-", "delegation\tdelegation"],
        ["fr"] = ["qui$\twho", "dirige\theads", "la$\t-", "l$\t-", "délégation\tdelegation", "armée\tarmy"],
    });

    private static Glosser Glosser { get; } = new(Lexicon);

    [Theory]
    [InlineData("Хто очолює делегацію?", null, "uk")]
    [InlineData("Кто возглавляет делегацию? Объясните", null, "ru")]
    [InlineData("Хто очолює?", "ru", "uk")]
    [InlineData("делегацию кто", "ru", "ru")]
    [InlineData("Wer leitet die Delegation der USA?", null, "de")]
    [InlineData("Qui dirige la délégation ?", "fr", "fr")]
    [InlineData("Who leads the delegation?", "de", "en")]
    public void The_language_comes_from_letters_then_words_then_the_askers_telegram_language(string question, string? code, string expected)
    {
        Assert.Equal(expected, QuestionLanguage.Detect(question, code, Lexicon));
    }

    [Fact]
    public void A_ukrainian_question_is_glossed_into_english_words_and_an_inflected_form_is_found_by_its_stem()
    {
        var glossed = Glosser.Gloss("Хто очолює делегацію?");

        Assert.Equal("uk", glossed.Language);
        Assert.Equal("who heads delegation ?", glossed.Text);
    }

    [Fact]
    public void A_name_the_lexicon_lacks_is_written_in_latin_letters_for_the_spelling_corrector()
    {
        Assert.Equal("who heads khollovey ?", Glosser.Gloss("Хто очолює Холловей?").Text);
        Assert.Equal("Borovskyy", Transliteration.ToLatin("Боровський", "uk"));
        Assert.Equal("Borovskiy", Transliteration.ToLatin("Боровский", "ru"));
        Assert.Equal("Tarasov", Transliteration.ToLatin("Тарасов", "ru"));
    }

    [Fact]
    public void A_french_elision_is_split_and_accents_are_folded_as_the_matcher_folds_them()
    {
        Assert.Equal("who heads army delegation ?", Glosser.Gloss("Qui dirige l'armée, la délégation ?", "fr").Text);
    }

    [Theory]
    [InlineData("Ваймер", "weimer")]
    [InlineData("Джордж", "george")]
    [InlineData("Гартлі", "hartley")]
    [InlineData("Холловея", "holloway")]
    public void A_name_transliterated_otherwise_than_the_store_spells_it_is_found_by_its_consonants(string cyrillic, string stored)
    {
        var names = NameSkeletons.Build(["weimer", "george", "hartley", "holloway", "delegation", "harrow"]);

        var glossed = Glosser.GlossAs($"Хто такий {cyrillic}?", "uk", _ => false, names);

        Assert.Contains(stored, glossed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Qui dirige l'armée ou la délégation ?", "who heads army or delegation ?")]
    [InlineData("ou dirige l'armée ?", "where heads army ?")]
    [InlineData("d'ou dirige l'armée ?", "where heads army ?")]
    public void A_french_ou_is_or_unless_it_opens_the_question_or_follows_d_where_it_is_where_without_its_accent(string question, string expected)
    {
        var lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
        {
            ["fr"] = ["qui$\twho", "dirige\theads", "la$\t-", "l$\t-", "d$\t-", "délégation\tdelegation", "armée\tarmy", "où$\twhere"],
        });

        Assert.Equal(expected, new Glosser(lexicon).GlossAs(question, "fr").Text);
    }

    [Theory]
    [InlineData("Qu'est-ce qui dirige l'armée ?", "what heads army ?")]
    [InlineData("Qu'est-ce que dirige l'armée ?", "what heads army ?")]
    public void A_french_qu_est_ce_qui_is_one_what_without_a_who_after_it(string question, string expected)
    {
        var lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
        {
            ["fr"] = ["qu est-ce$\twhat", "qui$\twho", "que$\twhat", "dirige\theads", "l$\t-", "armée\tarmy"],
        });

        Assert.Equal(expected, new Glosser(lexicon).GlossAs(question, "fr").Text);
    }

    [Theory]
    [InlineData("Хто очолює Сі-Ен-Ен?", "uk", "who heads cnn ?")]
    [InlineData("Кто возглавляет Эн-би-си?", "ru", "who heads nbc ?")]
    public void An_english_abbreviation_spelled_out_in_cyrillic_letter_names_is_written_in_its_letters(string question, string language, string expected)
    {
        Assert.Equal(expected, Glosser.GlossAs(question, language).Text);
    }

    [Theory]
    [InlineData("Хто очолює сіенен?", "uk", "who heads cnn ?")]
    [InlineData("Кто возглавляет энбиси?", "ru", "who heads nbc ?")]
    public void An_abbreviation_spelled_out_as_one_word_is_written_in_its_letters_when_the_store_knows_them(string question, string language, string expected)
    {
        Assert.Equal(expected, Glosser.GlossAs(question, language, word => word is "cnn" or "nbc").Text);
        Assert.Null(Transliteration.RunTogetherAbbreviation("делегацію"));
    }

    [Theory]
    [InlineData("Хто очолює делегацію Корвалів?", "uk")]
    [InlineData("Кто возглавляет делегацию Корвалов?", "ru")]
    [InlineData("Кто возглавляет делегацию Корвалей?", "ru")]
    public void A_plural_case_ending_is_taken_off_a_name_the_store_knows_by_its_stem(string question, string language)
    {
        var glossed = Glosser.GlossAs(question, language, word => word == "korval");

        Assert.Contains("korval ", glossed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_names_with_one_skeleton_name_neither()
    {
        var names = NameSkeletons.Build(["kovalenk", "kovalinko"]);

        Assert.Null(names.Find("kovalenko"));
    }

    [Fact]
    public void An_english_question_is_left_as_it_is()
    {
        var glossed = Glosser.Gloss("Who leads the delegation?");

        Assert.Equal(("Who leads the delegation?", "en"), (glossed.Text, glossed.Language));
    }

    [Fact]
    public void A_verb_of_holding_an_office_is_left_out_as_the_office_noun_says_what_is_asked()
    {
        var lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
        {
            ["uk"] = ["яку$\twhich", "посад\tposition", "обійма\thold", "переговор\ttalks", "провод\thold"],
        });
        var glosser = new Glosser(lexicon);

        Assert.Equal("which position oksana marchuk ?", glosser.GlossAs("Яку посаду обіймає Оксана Марчук?", "uk").Text);
        Assert.Equal("hold talks", glosser.GlossAs("проводить переговори", "uk").Text);
    }

    [Theory]
    [InlineData("Depuis quand Anna Perrot est-elle ministre ?")]
    [InlineData("Anna Perrot est ministre depuis quand ?")]
    public void A_question_how_long_a_state_has_lasted_is_put_in_english_order(string question)
    {
        var lexicon = CrossLexicon.Load(new Dictionary<string, IEnumerable<string>>
        {
            ["fr"] = ["depuis$\tsince", "quand$\twhen", "est$\tis", "ministre\tminister"],
        });

        Assert.Equal("since when is Anna Perrot minister ?", new Glosser(lexicon).GlossAs(question, "fr").Text);
    }

    [Fact]
    public void A_cyrillic_u_before_a_vowel_at_a_names_start_is_an_english_w()
    {
        // "Уолбрук" is spelled "uolbruk" letter by letter; the store spells the name "Walbrook".
        var names = NameSkeletons.Build(["walbrook"]);

        Assert.Equal("walbrook", names.Find("uolbruk"));
    }

    [Theory]
    [InlineData("Хто зустрівся з Боровським?", "uk")]
    [InlineData("Что сказал Боровскому посол?", "ru")]
    [InlineData("Позиция Боровского?", "ru")]
    public void A_surname_declined_as_an_adjective_is_spelled_sky_in_every_case(string question, string language)
    {
        var glossed = Glosser.GlossAs(question, language, word => word == "borovsky");

        Assert.Contains("borovsky", glossed.Text.Split(' '), StringComparer.Ordinal);
    }

    [Fact]
    public void An_english_ch_said_as_k_in_a_name_is_found_from_a_cyrillic_k()
    {
        var names = NameSkeletons.Build(["nicholas", "harrow"]);

        Assert.Equal("nicholas", names.Find("nikolas"));
    }
}
