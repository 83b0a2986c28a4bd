using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Two facts may both hold every word of a question, one in a single sentence ("the Brisk … ends in the sea"), the
/// other scattered over its text ("the Brisk side of the river", "a port by the sea", "the appeal ends in June"). The
/// one that states what is asked in one place answers, when no other candidate does so and it passes every check.
/// </summary>
public sealed class OneSentenceTests
{
    private static Fact Quoted(string id, string question, string alternate, string answer, params string[] quotes) =>
        new(id, question, [alternate], answer, [.. quotes.Select(q => new Quote("wire", q))], [], new DateOnly(2026, 3, 1));

    // Other facts on the Brisk and the sea make those words common, so no fact matches them with near certainty.
    private static IEnumerable<Fact> Neighbours() => Enumerable.Range(1, 8).Select(i =>
        Fact($"brisk-ferry-{i}", $"Where does ferry {i} sail?", $"Is ferry {i} running?", $"Ferry {i} sails the Brisk estuary to the sea islands."));

    private static readonly MatchIndex Index = Build([.. Fillers(), .. Neighbours(),
        Quoted("brisk-river", "How long is the Brisk?", "When was the Kessel Dam completed?",
            "The Brisk rises in the Telsarian highlands and ends in the sea after about 300 kilometres.",
            "The Brisk rises in the Telsarian highlands and ends in the sea after about 300 kilometres."),
        Quoted("harrow-fund", "What is the Harrow Relief Fund?", "Who runs the fund?",
            "The Harrow Relief Fund helps 8,000 people on the Brisk side of the river. Its trucks leave from a port by the sea; the appeal ends in June.",
            "The Harrow Relief Fund helps 8,000 people on the Brisk side of the river.",
            "Its trucks leave from a port by the sea; the appeal ends in June.")]);

    [Fact]
    public void Only_the_fact_stating_every_word_in_one_sentence_is_found_to_state_it_in_one_place()
    {
        var analyzed = QuestionAnalyzer.Analyze("does the Brisk end up in the sea?", Index);

        Assert.True(Index.TryGetProfile("brisk-river", out var river) && river.StatesInOneSentence(analyzed));
        Assert.True(Index.TryGetProfile("harrow-fund", out var fund) && !fund.StatesInOneSentence(analyzed));
        Assert.True(FeaturesOf("does the Brisk end up in the sea?", Index, "harrow-fund").StatesAll);
    }

    [Fact]
    public void The_fact_stating_every_word_in_one_sentence_answers()
    {
        const string question = "does the Brisk end up in the sea?";
        var result = DefaultMatcher.Match(question, Index);
        var without = new Matcher(new MatcherOptions { SentenceWinnerThreshold = 1 }).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.True("brisk-river" == result.Best!.FactId, $"answered {result.Best.FactId} {result.Best.Confidence:F2}");
        Assert.False(without.Answered, $"answered without the rule: {without.Best?.FactId} {without.Best?.Confidence:F2} {string.Join(", ", without.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
    }
}
