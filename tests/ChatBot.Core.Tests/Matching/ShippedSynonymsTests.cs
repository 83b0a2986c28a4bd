using ChatBot.Core.Matching;
using ChatBot.Core.Seeding;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Everyday word pairs the shipped synonym groups (data/synonyms.txt) must read as one concept, or keep apart.</summary>
public sealed class ShippedSynonymsTests
{
    private static readonly SynonymTable Shipped =
        new(SeedLoader.LoadSynonyms(Path.Combine(RepoPaths.Data, SeedLoader.SynonymsFile)));

    private static string ConceptOf(string word) => Shipped.ConceptOf(Stemmer.Stem(word));

    [Theory]
    [InlineData("wrote", "drafted")]
    [InlineData("written", "authored")]
    [InlineData("mediator", "mediation")]
    [InlineData("mediating", "mediated")]
    [InlineData("responsible", "blamed")]
    [InlineData("responsibility", "accused")]
    [InlineData("kickoff", "start")]
    [InlineData("stayed", "remained")]
    [InlineData("victims", "casualties")]
    [InlineData("lives", "killed")]
    public void A_question_word_and_the_fact_word_it_paraphrases_are_one_concept(string asked, string stated) =>
        Assert.Equal(ConceptOf(stated), ConceptOf(asked));

    [Theory]
    [InlineData("group", "delegation")]
    [InlineData("opened", "started")]
    [InlineData("live", "killed")]
    [InlineData("living", "dead")]
    public void Words_that_often_mean_something_else_stay_apart(string asked, string stated) =>
        Assert.NotEqual(ConceptOf(stated), ConceptOf(asked));
}
