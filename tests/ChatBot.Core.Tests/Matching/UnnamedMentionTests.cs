using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "Which X…?" asks for a name: a fact that speaks of "the X" without ever naming it does not answer it, while a
/// name next to the word ("the Pale Sea", "Telsaria's health ministry") or after it ("the province of Dask") does.
/// A bare plural ("with ministers joining on the final day") speaks of some of a kind without saying which.
/// </summary>
public sealed class UnnamedMentionTests
{
    [Theory]
    [InlineData("velm-course", true)]
    [InlineData("orsk-course", false)]
    public void A_which_question_is_not_answered_by_a_fact_that_only_says_the_thing(string factId, bool lacks)
    {
        var index = Build([.. Fillers(),
            Fact("velm-course", "How long is the Velm?", "Where does the Velm rise?",
                "The Velm rises in the Darrow hills and flows 300 kilometres south to the sea."),
            Fact("orsk-course", "How long is the Orsk?", "Where does the Orsk rise?",
                "The Orsk rises in the Tarn hills and flows 200 kilometres into the Pale Sea.")]);

        var features = FeaturesOf(factId == "velm-course" ? "Into which sea does the Velm flow?" : "Into which sea does the Orsk flow?", index, factId);

        Assert.Equal(lacks, features.LacksWhatIsAsked);
    }

    [Fact]
    public void A_thing_a_named_owner_gives_elsewhere_in_the_fact_is_named()
    {
        var index = Build([.. Fillers(),
            Fact("quarry-toll", "How many died at Ostrava Quarry?", "Ostrava Quarry toll",
                "Eleven people were killed, according to Telsaria's health ministry; most were workers, the ministry said.")]);

        Assert.False(FeaturesOf("Which ministry gave the Ostrava Quarry toll?", index, "quarry-toll").LacksWhatIsAsked);
    }

    [Fact]
    public void A_relative_which_after_a_noun_does_not_ask_for_a_name()
    {
        var index = Build([.. Fillers(),
            Fact("plan-author", "Who wrote the Ostrava plan?", "Ostrava plan author",
                "The plan names envoy Ada Pell as the author of the Ostrava accord.")]);

        Assert.False(FeaturesOf("Who is the envoy which the plan names?", index, "plan-author").LacksWhatIsAsked);
    }

    [Theory]
    [InlineData("Which ministers will join the Harrow talks on the final day?")]
    [InlineData("Which aid groups want the Tolven crossing reopened?")]
    public void A_which_question_is_not_answered_by_a_bare_plural(string question)
    {
        var index = Build([.. Fillers(),
            Fact("harrow-round", "When will the Harrow talks resume?", "Harrow talks next round",
                "The Harrow talks resume on Monday, with ministers joining only on the final day. Aid groups want the Tolven crossing reopened.")]);

        Assert.True(FeaturesOf(question, index, "harrow-round").LacksWhatIsAsked);
    }

    [Fact]
    public void A_verb_in_s_after_a_subject_pronoun_is_not_a_bare_plural()
    {
        var index = Build([.. Fillers(),
            Fact("telsaria-terms", "What does Telsaria want from Harrow?", "Telsaria terms",
                "Telsaria said it demands neutrality for Harrow.")]);

        Assert.False(FeaturesOf("Which demands has Telsaria made?", index, "telsaria-terms").LacksWhatIsAsked);
    }

    [Fact]
    public void A_plural_a_determiner_or_a_name_goes_with_is_named()
    {
        var index = Build([.. Fillers(),
            Fact("harrow-round", "When will the Harrow talks resume?", "Harrow talks next round",
                "The Harrow talks resume on Monday, with the ministers of Telsaria and Corlan joining only on the final day.")]);

        Assert.False(FeaturesOf("Which ministers will join the Harrow talks on the final day?", index, "harrow-round").LacksWhatIsAsked);
    }
}
