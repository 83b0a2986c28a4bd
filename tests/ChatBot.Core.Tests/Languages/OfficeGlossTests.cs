using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Offices and owners the shipped lexicons gloss word by word, put as English says them.</summary>
public sealed class OfficeGlossTests
{
    [Theory]
    [InlineData("Хто міністр закордонних справ?", "uk")]
    [InlineData("Кто министр иностранных дел?", "ru")]
    [InlineData("Qui est le ministre des Affaires étrangères ?", "fr")]
    public void A_minister_of_foreign_affairs_is_read_as_the_foreign_minister(string question, string language)
    {
        // "minister foreign affairs" reads as a minister and two words about something else.
        var glossed = Glosser.Shared.GlossAs(question, language).Text;

        Assert.Contains("foreign minister", glossed, StringComparison.Ordinal);
        Assert.DoesNotContain("affairs", glossed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Хто міністр оборони України?", "uk")]
    [InlineData("Кто министр обороны Украины?", "ru")]
    public void A_country_in_the_genitive_after_a_role_is_read_as_its_owner(string question, string language)
    {
        // Without "of", "minister defence ukraine" names no owner, and another country's minister answers it.
        Assert.Contains("of ukraine", Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Хто приїхав з України?", "uk")]
    [InlineData("Кто приехал из России?", "ru")]
    public void A_country_after_a_preposition_keeps_only_the_preposition(string question, string language)
    {
        var words = Glosser.Shared.GlossAs(question, language).Text.Split(' ');

        Assert.DoesNotContain("of", words);
    }

    [Theory]
    [InlineData("Qu'est-ce que le plan demande à Harrow ?", "fr", "demand", "request")]
    [InlineData("Qu'est-ce que le plan demande à Harrow ?", "fr", "demand", "ask")]
    [InlineData("Was wird Orrin Vale machen?", "de", "do", "make")]
    public void A_verb_is_glossed_by_the_one_sense_a_question_asks_not_by_every_sense_it_has(string question, string language, string expected, string dropped)
    {
        // "ask request demand" and "make do" count as words a fact lacks and lower a right match below the bar.
        var words = Glosser.Shared.GlossAs(question, language).Text.Split(' ');

        Assert.Contains(expected, words);
        Assert.DoesNotContain(dropped, words);
    }
}
