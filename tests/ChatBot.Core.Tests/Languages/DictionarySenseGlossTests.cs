using ChatBot.Core.Languages;

namespace ChatBot.Core.Tests.Languages;

/// <summary>Words and set phrases the shipped lexicons lacked or read word by word, glossed in their dictionary sense.</summary>
public sealed class DictionarySenseGlossTests
{
    [Theory]
    [InlineData("Was ist mit dem Plan, der am Mittwoch in Telsaria aufkam?", "de", "emerged")]
    [InlineData("Wann ist das Gerücht über Orrin Vale aufgekommen?", "de", "emerged")]
    [InlineData("Ist das ein Rekord für Telsaria?", "de", "record")]
    [InlineData("Warum verhandelt Telsaria schon ewig?", "de", "forever")]
    [InlineData("Les infos sur Orrin Vale sont sorties quand ?", "fr", "out")]
    [InlineData("Harrow c'est dans l'est du pays ?", "fr", "east")]
    [InlineData("Хто працював над текстом угоди з Телсарією?", "uk", "text")]
    [InlineData("Кто работал над текстом соглашения с Телсарией?", "ru", "text")]
    [InlineData("Там був американець і телсарієць?", "uk", "american")]
    [InlineData("Там был американец и телсариец?", "ru", "american")]
    [InlineData("Оррін Вейл сказав, що умови такі самі?", "uk", "same")]
    [InlineData("Орин Вейл сказал, что условия такие же?", "ru", "same")]
    [InlineData("Хто писав про план, складений Телсарією?", "uk", "drafted")]
    [InlineData("Кто писал о плане, составленном Телсарией?", "ru", "drafted")]
    [InlineData("Хто цей цивільний керівник армії Телсарії?", "uk", "civilian")]
    [InlineData("Кто этот гражданский глава армии Телсарии?", "ru", "civilian")]
    [InlineData("Кто отвечает за гражданскую оборону Телсарии?", "ru", "civilian")]
    [InlineData("Хто відповідає за цивільну оборону Телсарії?", "uk", "civilian")]
    [InlineData("Wer ist zur Zeit Minister in Telsaria?", "de", "currently")]
    [InlineData("Орин Вейл когда-нибудь соглашался на уступки?", "ru", "ever")]
    [InlineData("Оррін Вейл коли-небудь погоджувався на поступки?", "uk", "ever")]
    [InlineData("Сколько генералов в Харроу, считая Орина Вейла?", "ru", "including")]
    [InlineData("Скільки генералів у Гарроу, рахуючи Орріна Вейла?", "uk", "including")]
    [InlineData("Мне скинули цитату Орина Вейла, кто это сказал?", "ru", "sent")]
    [InlineData("Мені скинули цитату Орріна Вейла, хто це сказав?", "uk", "sent")]
    [InlineData("Le plan de Telsaria, c'est l'oeuvre de qui ?", "fr", "work")]
    [InlineData("Qui a participé à sa rédaction ?", "fr", "drafting")]
    [InlineData("Le sommet de l'été à Harrow, c'était où ?", "fr", "summer")]
    [InlineData("Orrin Vale garde son poste d'envoyé spécial ?", "fr", "envoy")]
    [InlineData("Welcher Medienpartner der Telsaria Times hat berichtet?", "de", "partner")]
    [InlineData("Warum geht Orrin Vale eigentlich?", "de", "leaves")]
    [InlineData("Les infos sur Orrin Vale sont sorties quand ?", "fr", "came")]
    [InlineData("D'après les infos sorties mercredi, qui a signé ?", "fr", "came")]
    [InlineData("wann trift orrin vale corla denn", "de", "meets")]
    [InlineData("Wer hat nach Angaben von Telsaria verhandelt?", "de", "according")]
    public void A_word_is_glossed_in_its_dictionary_sense(string question, string language, string english)
    {
        Assert.Contains(english, Glosser.Shared.GlossAs(question, language).Text.Split(' '), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("Orrin Vale a réagi sur quel réseau social ?", "social media")]
    [InlineData("Corla Denn est active sur les réseaux sociaux ?", "social media")]
    [InlineData("Qui est le chef de la diplomatie de Telsaria ?", "top diplomat")]
    [InlineData("Le chef de la diplo de Telsaria a dit quoi ?", "top diplomat")]
    [InlineData("Y a eu des officiers plus gradés qu'Orrin Vale à Harrow ?", "higher ranking")]
    public void A_french_set_phrase_is_read_as_english_says_it(string question, string english)
    {
        Assert.Contains(english, Glosser.Shared.GlossAs(question, "fr").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orrin Vale garde son poste d'envoyé spécial ?", "sent")]
    [InlineData("Corla Denn a rencontré un envoyé de Telsaria ?", "sent")]
    [InlineData("Le sommet de l'été à Harrow, c'était où ?", "been")]
    [InlineData("Quels journaux ont sorti l'info sur Orrin Vale ?", "came")]
    [InlineData("Qui suit la mise en oeuvre du plan ?", "work")]
    [InlineData("Les sorties d'Orrin Vale à Harrow, c'était quand ?", "came")]
    public void A_french_word_is_not_read_in_a_sense_its_context_rules_out(string question, string misread)
    {
        Assert.DoesNotContain(misread, Glosser.Shared.GlossAs(question, "fr").Text.Split(' '), StringComparer.Ordinal);
    }

    [Fact]
    public void Seeing_news_go_by_is_read_as_seeing_it_not_as_a_word_of_its_own()
    {
        Assert.DoesNotContain("passer", Glosser.Shared.GlossAs("J'ai vu passer que Orrin Vale s'en va ?", "fr").Text.Split(' '), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("Wo war Orrin Vale, bevor er nach Harrow kam?", "to", "after")]
    [InlineData("Was hat Orrin Vale nach dem Treffen gesagt?", "after", "to")]
    [InlineData("Was macht Corla Denn nach seinem Rücktritt?", "after", "to")]
    [InlineData("Wer ist mit nach Harrow gereist?", "along", "after")]
    [InlineData("Was hat Orrin Vale nach Mittwoch gesagt?", "after", "to")]
    public void German_nach_is_to_before_a_place_and_after_before_an_article(string question, string english, string not)
    {
        var words = Glosser.Shared.GlossAs(question, "de").Text.Split(' ');
        Assert.Contains(english, words, StringComparer.Ordinal);
        Assert.DoesNotContain(not, words, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("Wie geht es Orrin Vale?", "de", "leaves")]
    [InlineData("Worum geht es beim Treffen in Harrow?", "de", "leaves")]
    [InlineData("Es geht um den Plan von Telsaria?", "de", "leaves")]
    [InlineData("Коли дрони скинули вибухівку на Гарроу?", "uk", "sent")]
    [InlineData("Когда дроны скинули взрывчатку на Харроу?", "ru", "sent")]
    public void A_word_is_not_read_in_a_sense_its_set_phrase_rules_out(string question, string language, string misread)
    {
        Assert.DoesNotContain(misread, Glosser.Shared.GlossAs(question, language).Text.Split(' '), StringComparer.Ordinal);
    }
}
