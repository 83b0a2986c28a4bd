using ChatBot.Core.Matching;
using ChatBot.Core.Seeding;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// News text abbreviates a title before a name ("Dr. Ada Pell", "Gen. Orrin Vale"); a question spells it out ("Is Ada
/// Pell a doctor?", "the aid doctor"). The shipped synonym groups (data/synonyms.txt) read both as one word.
/// </summary>
public sealed class TitleAbbreviationTests
{
    private static readonly SynonymTable Shipped =
        new(SeedLoader.LoadSynonyms(Path.Combine(RepoPaths.Data, SeedLoader.SynonymsFile)));

    [Theory]
    [InlineData("doctor", "dr")]
    [InlineData("general", "gen")]
    [InlineData("professor", "prof")]
    [InlineData("lieutenant", "lt")]
    [InlineData("captain", "capt")]
    public void A_title_and_its_abbreviation_are_one_concept(string spelled, string abbreviated) =>
        Assert.Equal(Shipped.ConceptOf(Stemmer.Stem(spelled)), Shipped.ConceptOf(Stemmer.Stem(abbreviated)));

    [Fact]
    public void A_question_that_spells_out_an_abbreviated_title_is_explained_by_it()
    {
        var builder = new MatchIndexBuilder(Shipped);
        foreach (var fact in Fillers().Append(Fact("harrow-fund", "What is the Harrow Relief Fund?", "Who runs the fund?",
            "The Harrow Relief Fund is an aid group run by Dr. Ada Pell, a former hospital director.")))
        {
            builder.Add(fact);
        }
        var index = builder.Build();

        var features = FeaturesOf("the doctor running the aid group, where is she from", index, "harrow-fund");

        Assert.Equal(0, features.MissingCommon);
        Assert.True(features.Coverage > 0.99, $"coverage {features.Coverage:F2}");
    }
}
