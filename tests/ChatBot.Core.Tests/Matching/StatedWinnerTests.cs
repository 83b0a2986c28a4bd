using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A fact added with two questions matches a reworded question only through its answer, and the model, which has
/// learned that stored questions carry the evidence, is unsure. When the fact's answer and quote themselves hold every
/// word of the question and no other candidate's do, it is answered below the usual bar.
/// </summary>
public sealed class StatedWinnerTests
{
    private static readonly Fact Fund = Fact("relief-fund", "What is the Harrow Basin Relief Fund?", "Who runs the relief fund?",
        "The Harrow Basin Relief Fund is an aid group that trucks drinking water to 40,000 villagers on the eastern bank of the river.");

    private static readonly Fact Minister = Fact("water-minister", "Who is Telsaria's water minister?", "What did the water minister say?",
        "Telsaria's water minister, Corla Denn, said the eastern reservoirs were half full.");

    private static readonly MatchIndex Index = Build([.. Fillers(), Fund, Minister, .. Neighbours()]);

    [Theory]
    [InlineData("Who trucks water to the villagers?")]
    [InlineData("who trucks villagers their water")]
    public void A_reworded_question_is_answered_by_the_only_fact_whose_answer_states_every_word_of_it(string question)
    {
        var result = Matcher.Match(question, Index);
        var without = new Matcher(new MatcherOptions { StatedWinnerThreshold = 1 }).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("relief-fund", result.Best!.FactId);
        Assert.False(without.Answered, $"answered without the rule: {without.Best?.FactId}:{without.Best?.Confidence:F2} {string.Join(", ", without.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
    }

    [Fact]
    public void A_fact_is_not_answered_so_when_another_candidates_answer_states_every_word_too()
    {
        var index = Build([.. Fillers(), Fund, Minister, .. Neighbours(),
            Fact("bank-convoys", "What happened on the eastern bank?", "Who was stopped at the bridge?",
                "Villagers on the eastern bank said trucks carrying drinking water were stopped at the bridge.")]);

        var result = Matcher.Match("Who trucks water to the villagers?", index);

        Assert.False(result.Answered, $"answered: {result.Best?.FactId}");
    }

    // Facts that each use two words of the question, as the facts of one story do: the words weigh little alone.
    private static IEnumerable<Fact> Neighbours()
    {
        string[] words = ["water", "villagers", "trucks"];
        for (var i = 0; i < 30; i++)
        {
            yield return Fact($"report-{i}", $"What did report {i} find?", $"Who wrote report {i}?",
                $"Report {i} mentions {words[i % words.Length]} and {words[(i + 1) % words.Length]} near checkpoint {i}.");
        }
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
