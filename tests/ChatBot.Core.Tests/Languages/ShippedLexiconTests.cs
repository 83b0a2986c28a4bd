using ChatBot.Core.Languages;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Languages;

/// <summary>The shipped lexicons (data/lexicon/*.tsv) as the glosser reads them, accents folded.</summary>
public sealed class ShippedLexiconTests
{
    [Theory]
    [InlineData("uk.tsv")]
    [InlineData("ru.tsv")]
    [InlineData("de.tsv")]
    [InlineData("fr.tsv")]
    public void No_two_entries_that_fold_to_one_key_gloss_it_differently(string file)
    {
        // Folding accents joins "où" (where) and "ou" (or): the later line would silently win.
        var glosses = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var line in Lexicon.Lines(file))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }
            var key = CrossLexicon.Fold(line[..tab].Trim());
            var gloss = line[(tab + 1)..].Trim();
            if (glosses.TryGetValue(key, out var earlier) && earlier != gloss)
            {
                conflicts.Add($"{key}: '{earlier}' / '{gloss}'");
            }
            glosses[key] = gloss;
        }

        Assert.True(conflicts.Count == 0, string.Join("; ", conflicts));
    }

    [Theory]
    [InlineData("З ким зустрівся міністр армії США?", "uk")]
    [InlineData("С кем встретился министр армии США?", "ru")]
    public void The_us_minister_of_the_army_is_the_army_secretary_not_a_minister_of_some_government(string question, string language)
    {
        // Word by word "minister army" reads as any government's minister, and "minister" alone matches a defence minister.
        Assert.Contains("army secretary", Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_c_typed_apart_from_est_carries_nothing_and_chat_je_suis_is_i_am()
    {
        Assert.Equal("what spirit ?", Glosser.Shared.GlossAs("c quoi l'esprit ?", "fr").Text);
        Assert.StartsWith("i am", Glosser.Shared.GlossAs("jsuis perdu", "fr").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_quel_age_asks_how_old_and_german_weiss_in_a_question_is_knows_not_white()
    {
        Assert.Contains("how old", Glosser.Shared.GlossAs("Quel âge a Anna ?", "fr").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("white", Glosser.Shared.GlossAs("Weiß jemand, wer kommt?", "de").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_mettre_l_accent_puts_emphasis_and_german_wem_gegenueber_asks_to_whom()
    {
        Assert.Contains("put emphasis", Glosser.Shared.GlossAs("Sur quoi Anna a-t-elle mis l'accent ?", "fr").Text, StringComparison.Ordinal);
        Assert.Contains("to whom", Glosser.Shared.GlossAs("Wem gegenüber hat Anna das gesagt?", "de").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wer ist Verteidigungsminister?", "de")]
    [InlineData("Qui dirige la défense ?", "fr")]
    public void A_word_english_spells_two_ways_is_glossed_in_one_spelling_as_the_synonym_list_joins_them(string question, string language)
    {
        // Both spellings would count one word twice and make a question seem to cover more of a fact than it does.
        var glossed = Glosser.Shared.GlossAs(question, language).Text;

        Assert.Contains("defence", glossed, StringComparison.Ordinal);
        Assert.DoesNotContain("defense", glossed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Чим займався Тарас Гнатюк до командування?", "uk")]
    [InlineData("Чем занимался Тарас Гнатюк до командования?", "ru")]
    public void Being_occupied_with_something_is_doing_it_and_until_a_post_dates_it_before(string question, string language)
    {
        var glossed = Glosser.Shared.GlossAs(question, language).Text;

        Assert.StartsWith("what did", glossed, StringComparison.Ordinal);
        Assert.Contains("before command", glossed, StringComparison.Ordinal);
        Assert.DoesNotContain("hold", glossed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Яка погода буде завтра в Остравіні?", "uk")]
    [InlineData("Какая погода будет завтра в Остравине?", "ru")]
    public void Weather_is_weather_not_a_mistyped_agreed(string question, string language)
    {
        // Read as one typo from "погоди…" (agreed), a weather question looked like one about an agreement.
        var glossed = Glosser.Shared.GlossAs(question, language, _ => false).Text;

        Assert.Contains("weather", glossed, StringComparison.Ordinal);
        Assert.DoesNotContain("agreed", glossed, StringComparison.Ordinal);
    }

    [Fact]
    public void French_il_y_a_is_there_is_and_de_la_part_de_is_from()
    {
        // Word by word these read "he it there" and "leaves part": words no fact about the question uses.
        var there = Glosser.Shared.GlossAs("Il y a eu combien de blessés à Valdoria ?", "fr").Text;
        var from = Glosser.Shared.GlossAs("Anna vient de la part du ministre ?", "fr").Text;

        Assert.StartsWith("there", there, StringComparison.Ordinal);
        Assert.DoesNotContain("at", there.Split(' '), StringComparer.Ordinal);
        Assert.Contains("from minister", from, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves", from, StringComparison.Ordinal);
        Assert.Equal("which day ?", Glosser.Shared.GlossAs("Quel jour ?", "fr").Text);
    }

    [Fact]
    public void German_was_macht_x_beruflich_asks_for_a_job_and_ueber_is_about()
    {
        // "Was" and a name read as English: "beruflich" is the second German word that says the language.
        var job = Glosser.Shared.Gloss("Was macht Bruno Keller beruflich?");

        Assert.Equal("de", job.Language);
        Assert.Contains("job", job.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("over", Glosser.Shared.GlossAs("Was weiß man über den Plan?", "de").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Кто такой Тарас Гнатюк?", "ru")]
    [InlineData("Хто такий Тарас Гнатюк?", "uk")]
    public void Who_such_is_who_is_as_english_asks_it(string question, string language)
    {
        Assert.StartsWith("who is ", Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Что изменилось с тех пор, как Гнатюк ушел?", "ru")]
    [InlineData("Що змінилося з тих пір, як Гнатюк пішов?", "uk")]
    public void Since_the_time_when_is_since_not_with_those_how(string question, string language)
    {
        var glossed = Glosser.Shared.GlossAs(question, language).Text;

        Assert.Contains("since", glossed, StringComparison.Ordinal);
        Assert.DoesNotContain("those", glossed, StringComparison.Ordinal);
        Assert.DoesNotContain("how", glossed, StringComparison.Ordinal);
    }

    [Fact]
    public void German_galt_split_from_its_als_is_still_was_considered()
    {
        Assert.Contains("was considered", Glosser.Shared.GlossAs("Wer galt im Parlament als Favorit?", "de").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was sagt Orrin Vale dazu?", "de", "dazu")]
    [InlineData("скилькі пунктів у плані?", "uk", "skylki")]
    [InlineData("Какой пост у Орина Вейла?", "ru", "position")]
    [InlineData("Qui est le plus haut sous-officier de l'armée ?", "fr", "under")]
    [InlineData("Кем работает Орин Вейл?", "ru", "works")]
    [InlineData("Welche Funktion hat Orrin Vale?", "de", "function")]
    [InlineData("Qui est le ministre en ce moment ?", "fr", "moment")]
    public void Chat_spellings_and_common_words_are_read_as_meant_not_kept_as_unknown_or_glossed_aside(string question, string language, string misread)
    {
        // An unknown lower-case word counts as a rare name no fact mentions; "пост" on its own is a post, as in English.
        Assert.DoesNotContain(misread, Glosser.Shared.GlossAs(question, language).Text.Split(' '), StringComparer.Ordinal);
    }

    [Fact]
    public void German_schon_mal_asks_ever_and_french_s_est_il_passe_asks_what_happened()
    {
        Assert.Contains("ever", Glosser.Shared.GlossAs("War Orrin Vale schon mal in Telsaria?", "de").Text, StringComparison.Ordinal);
        Assert.Equal("what happened to telsaria ?", Glosser.Shared.GlossAs("Que s'est-il passé à Telsaria ?", "fr", _ => false).Text.ToLowerInvariant());
    }

    [Theory]
    [InlineData("Pourquoi des hauts responsables de Telsaria sont venus ?", "fr", "senior officials")]
    [InlineData("Qui est le premier ministre de Telsaria ?", "fr", "prime minister")]
    [InlineData("La trêve était au programme des discussions ?", "fr", "on agenda")]
    [InlineData("Wann hat Telsaria das Nachbarland überfallen?", "de", "invasion")]
    [InlineData("Welche Bedingungen nennt der Chefdiplomat Telsarias?", "de", "foreign minister")]
    [InlineData("з ким Оррін Вейл на фотці", "uk", "photo")]
    [InlineData("на чем сошлись Оррин Вейл и Тельсария", "ru", "agreed")]
    public void Senior_officials_the_agenda_invading_a_top_diplomat_a_snapshot_and_coming_to_terms_are_glossed_as_english_says_them(string question, string language, string english)
    {
        Assert.Contains(english, Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Qui est arrivé en premier à Telsaria ?", "fr", "prime")]
    [InlineData("Wann hat Telsaria das Nachbarland überfallen?", "de", "attack")]
    public void A_word_is_glossed_by_what_it_means_here_without_a_second_reading(string question, string language, string misread)
    {
        Assert.DoesNotContain(misread, Glosser.Shared.GlossAs(question, language).Text.Split(' '), StringComparer.Ordinal);
    }
}
