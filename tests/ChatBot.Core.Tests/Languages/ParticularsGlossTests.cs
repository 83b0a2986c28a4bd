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
