using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Glosses that keep what a question asks: which ones in particular, where, a Latin X typed in Cyrillic.</summary>
public sealed class ParticularsGlossTests
{
    [Theory]
    [InlineData("Welche Gebiete genau soll Telsaria abgeben?", "de")]
    [InlineData("Quelles garanties de sécurité précises Telsaria va-t-elle obtenir ?", "fr")]
    [InlineData("Які саме території має віддати Тельсарія?", "uk")]
    public void Which_ones_exactly_is_glossed_as_which_specific_ones_in_the_order_english_asks_it(string question, string language)
    {
        Assert.StartsWith("which specific ", Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wann genau ist Orrin Vale in Telsaria angekommen?", "de")]
    [InlineData("Коли саме Оррін Вейл прибув до Тельсарії?", "uk")]
    [InlineData("Когда именно Оррин Вейл прибыл в Тельсарию?", "ru")]
    [InlineData("Orrin Vale est arrivé quand exactement ?", "fr")]
    public void When_exactly_is_glossed_as_the_light_word_english_stresses_a_question_with(string question, string language)
    {
        var glossed = Glosser.Shared.GlossAs(question, language).Text.Split(' ');

        Assert.Contains("exactly", glossed);
        Assert.DoesNotContain("specifically", glossed);
    }

    [Theory]
    [InlineData("Wo genau in Telsaria war Orrin Vale?", "de")]
    [InlineData("Де саме в Тельсарії був Оррін Вейл?", "uk")]
    [InlineData("Сколько именно ракет запустили?", "ru")]
    [InlineData("Quelles garanties Telsaria obtient exactement ?", "fr")]
    public void Where_which_and_how_many_exactly_ask_for_particulars(string question, string language)
    {
        var glossed = Glosser.Shared.GlossAs(question, language).Text.Split(' ');

        Assert.Contains("specifically", glossed);
        Assert.DoesNotContain("exactly", glossed);
    }

    [Fact]
    public void French_ou_typed_without_its_accent_after_etait_asks_where()
    {
        var glossed = Glosser.Shared.GlossAs("il etait ou Orrin Vale avant Telsaria", "fr").Text.Split(' ');

        Assert.Contains("where", glossed);
        Assert.DoesNotContain("or", glossed);
        Assert.Contains("or", Glosser.Shared.GlossAs("c'est officiel ou pas ?", "fr").Text.Split(' '));
    }

    [Theory]
    [InlineData("Що Гнатюк написав в Х?", "uk")]
    [InlineData("Что Гнатюк написал в х?", "ru")]
    public void A_lone_cyrillic_x_is_the_latin_letter_x(string question, string language)
    {
        Assert.EndsWith(" in x ?", Glosser.Shared.GlossAs(question, language).Text, StringComparison.Ordinal);
    }
}
