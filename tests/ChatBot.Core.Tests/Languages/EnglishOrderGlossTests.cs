using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Glossed words in the order the matcher reads whose role and whose words a question means.</summary>
public sealed class EnglishOrderGlossTests
{
    [Theory]
    [InlineData("Qui est le ministre allemand de la Défense ?", "fr", "german minister")]
    [InlineData("Qui commande l'armée américaine ?", "fr", "american army")]
    [InlineData("Qui est le porte-parole polonais ?", "fr", "polish spokesperson")]
    public void A_nationality_after_the_role_it_owns_is_put_before_it(string question, string language, string expected)
    {
        Assert.Contains(expected, Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_named_after_a_role_in_a_terse_question_stays_where_it_is()
    {
        // "Delegation Polen Zweck" may ask about a delegation to Poland: without case endings nothing says whose it is.
        Assert.Equal("delegation poland purpose", Glosser.Shared.GlossAs("Delegation Polen Zweck", "de").Text);
    }

    [Theory]
    [InlineData("Що сказав Голловей після зустрічі?", "uk", "what did hollovey said after meeting ?")]
    [InlineData("Что Холлоуэй сказал после встречи?", "ru", "what did khollouey said after meeting ?")]
    [InlineData("Was hat Holloway nach dem Treffen gesagt?", "de", "what has holloway said after")]
    public void What_a_named_person_said_is_asked_in_english_order_so_the_speaker_is_read(string question, string language, string expected)
    {
        var glossed = Glosser.Shared.GlossAs(question, language, w => w is "holloway").Text;

        Assert.StartsWith(expected, glossed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_owns_the_speaker_is_not_moved_as_the_speaker()
    {
        var glossed = Glosser.Shared.GlossAs("Was hat Holloways Sprecher dazu gesagt?", "de", w => w is "holloways").Text;

        Assert.DoesNotContain("holloways said", glossed, StringComparison.Ordinal);
    }
}
