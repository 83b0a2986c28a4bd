using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Two facts about one event share most of their words; the one that states the question's own word must not lose
/// to its sibling on the model's weighing alone.
/// </summary>
public sealed class SiblingFactsTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("strike-toll", "How many people died in the pumping station strike?", "What happened at the Ostrava pumping station?",
            "Telsaria's strike on the Ostrava pumping station killed twelve people, Brisk officials said."),
        Fact("strike-denied", "Who carried out the pumping station strike?", "Who does Brisk blame for the strike?",
            "Brisk blames Telsaria for the pumping station strike; Telsaria denies any role in it.")]);

    [Fact]
    public void A_close_winner_is_not_answered_when_the_runner_up_states_a_word_of_the_question_it_lacks()
    {
        var result = Matcher.Match("Did Telsaria deny the Ostrava pumping station strike, as officials said?", Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
        Assert.Contains(result.Alternatives, a => a.FactId == "strike-denied");
    }

    [Fact]
    public void A_winner_that_states_every_word_the_runner_up_does_is_still_answered()
    {
        var result = Matcher.Match("Does Telsaria deny the pumping station strike?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("strike-denied", result.Best!.FactId);
    }

    [Fact]
    public void A_clear_winner_is_answered_when_the_runner_up_that_states_more_fails_a_check()
    {
        // The toll fact states "killed" but not who carried out the strike, so it cannot answer "who".
        var result = Matcher.Match("Who does Brisk blame for the strike that killed people at the pumping station?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("strike-denied", result.Best!.FactId);
    }

    [Theory]
    [InlineData("is telsaria denying the damage", "strike-denied", "strike-toll", false)]
    [InlineData("Does Telsaria deny the strike on the Ostrava pumping station and the damage?", "strike-toll", "strike-denied", true)]
    public void A_runner_up_stops_the_winner_only_by_a_word_its_own_text_states(string question, string winner, string runnerUp, bool stops)
    {
        // "Damage" is in a question curated for the toll fact, not in what it states: it says nothing of the denial.
        var index = Build([.. Fillers(),
            Fact("strike-toll", "How many died in the pumping station strike?", "How bad was the damage at the Ostrava pumping station?",
                "Telsaria's strike on the Ostrava pumping station killed twelve people, Brisk officials said."),
            Fact("strike-denied", "Does Telsaria deny the strike?", "What does Telsaria say about the strike?",
                "Telsaria denies any role in the strike on the Ostrava pumping station.")]);
        Assert.True(index.TryGetProfile(winner, out var first));
        Assert.True(index.TryGetProfile(runnerUp, out var second));

        Assert.Equal(stops, ChatBot.Core.Matching.Matcher.StatesMore(QuestionAnalyzer.Analyze(question, index), first, second));
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
