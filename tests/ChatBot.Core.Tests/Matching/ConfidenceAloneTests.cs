using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// The model's confidence answers on its own only for a fact that explains the question closely; one that states a
/// word of it only by a related word may be the nearest fact about the topic, not the one that says what is asked.
/// </summary>
public sealed class ConfidenceAloneTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("envoy-visit", "Why did the Telsarian envoy travel to Ostrava?", "Who met the envoy in Ostrava?",
            "The Telsarian envoy Orrin Vale travelled to Ostrava on Monday to meet the Brisk delegation."),
        Fact("envoy-remarks", "What did Vale say after the Ostrava meeting?", "Did Vale speak to reporters?",
            "After the Ostrava meeting Vale told reporters the talks had been useful.")]);

    // Every other way to answer is set out of reach, so only the model's confidence and lead can answer.
    private static readonly MatcherOptions ConfidenceOnly = new()
    {
        ClearWinnerMargin = 20,
        ContainedThreshold = 1,
        KindWinnerThreshold = 1,
        PlaceOrReasonWinnerThreshold = 1,
        TitledWinnerThreshold = 1,
        RoleWinnerThreshold = 1,
        AskedWinnerThreshold = 1,
    };

    [Fact]
    public void A_confident_fact_that_states_the_question_in_its_own_words_is_answered()
    {
        var result = new Matcher(ConfidenceOnly).Match("Who did the Telsarian envoy meet in Ostrava?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("envoy-visit", result.Best!.FactId);
    }

    [Fact]
    public void A_confident_fact_that_states_a_word_only_by_a_related_one_is_offered_not_answered()
    {
        // "diplomat" is explained only by the related "envoy".
        var result = new Matcher(ConfidenceOnly).Match("Who did the Telsarian diplomat meet in Ostrava?", Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Equal("envoy-visit", result.Alternatives[0].FactId);
    }
}
