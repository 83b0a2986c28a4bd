using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A fact far ahead of every other fact is answered a little below the usual bar, unless the question names something
/// the fact does not: then it leads only because no fact knows that word.
/// </summary>
public sealed class RareWordLeadTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("strike-denied", "Who carried out the pumping station strike?", "Who does Brisk blame for the strike?",
            "Brisk blames Telsaria for the pumping station strike; Telsaria denies any role in it.")]);

    private static readonly MatchIndex TollIndex = Build([.. Fillers(),
        Fact("strike-toll", "How many people died in the pumping station strike?", "What happened at the Ostrava pumping station?",
            "Telsaria's strike on the Ostrava pumping station killed twelve people, Brisk officials said."),
        Fact("strike-denied", "Who carried out the pumping station strike?", "Who does Brisk blame for the strike?",
            "Brisk blames Telsaria for the pumping station strike; Telsaria denies any role in it.")]);

    [Fact]
    public void A_lone_close_fact_that_lacks_a_place_the_question_names_is_offered_not_answered()
    {
        var result = Matcher.Match("Who carried out the strike on the Varnholt pumping station?", Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Equal("strike-denied", result.Alternatives[0].FactId);
    }

    [Fact]
    public void The_same_question_without_the_unknown_place_is_answered()
    {
        var result = Matcher.Match("Who carried out the strike on the pumping station?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("strike-denied", result.Best!.FactId);
    }

    [Fact]
    public void A_count_is_not_answered_from_a_fact_about_another_place_even_when_the_runner_up_has_no_count()
    {
        var result = Matcher.Match("How many people died in the Telsarian strike on Varnholt?", TollIndex);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Equal("strike-toll", result.Alternatives[0].FactId);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
