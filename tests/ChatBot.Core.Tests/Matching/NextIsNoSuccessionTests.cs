using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "Next" says where or when ("next to the quarry", "next month") as often as it asks who comes after: it is not a
/// focus word a fact must share, unlike "successor" or "replace".
/// </summary>
public sealed class NextIsNoSuccessionTests
{
    [Fact]
    public void A_question_about_what_lies_next_to_a_place_needs_no_word_of_succession_in_the_fact()
    {
        var index = Build([.. Fillers(),
            Fact("quarry-town", "Where is Ostrava Quarry?", "Which town is near Ostrava Quarry?",
                "Ostrava Quarry lies beside the town of Dask in the Varn district.")]);

        var features = Matcher.Explain("What town lies next to Ostrava Quarry?", index).Single(c => c.FactId == "quarry-town").Features;

        Assert.False(features.LacksFocus);
    }

    [Fact]
    public void Who_will_replace_someone_still_needs_a_fact_that_speaks_of_succession()
    {
        var index = Build([.. Fillers(),
            Fact("envoy-leaving", "When is Corvin Aldane leaving?", "Is Corvin Aldane stepping down?",
                "Corvin Aldane, the Marvonian envoy, will leave his post next month.")]);

        var features = Matcher.Explain("Who will replace Corvin Aldane?", index).Single(c => c.FactId == "envoy-leaving").Features;

        Assert.True(features.LacksFocus);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
