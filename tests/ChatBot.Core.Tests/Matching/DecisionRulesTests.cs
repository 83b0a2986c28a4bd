using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// The rules that let a fact be answered below the usual bar, on a small invented store curated with two questions
/// per fact: each is evidence the confidence model does not see.
/// </summary>
public sealed class DecisionRulesTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("relief-fund", "What is the Brisk Valley Fund?", "Who runs the valley relief fund?",
            "The Brisk Valley Fund, chaired by Dr. Pella Tarvesk of Ostrava, is raising money for families along the river."),
        Fact("talks-ended", "Did the Brisk talks end with a deal?", "How did the Brisk talks end?",
            "The Brisk talks ended on Friday without a deal; Ambassador Orrin Vale said both sides would return."),
        Fact("vale-post", "Who is Orrin Vale?", "What does Orrin Vale do?",
            "Orrin Vale is the Telsarian ambassador who chaired the Brisk talks.")]);

    [Theory]
    [InlineData("Tarvesk")]
    [InlineData("where is tarvesk from")]
    public void A_question_of_only_a_name_one_fact_holds_is_answered_with_that_fact(string question)
    {
        var result = Matcher.Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("relief-fund", result.Best!.FactId);
    }

    [Fact]
    public void A_name_question_is_not_answered_when_the_fact_lacks_what_is_asked()
    {
        Assert.False(Matcher.Match("How old is Pella Tarvesk?", Index).Answered);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());

    private static Fact Fact(string id, string question, string alternate, string answer) =>
        new(id, question, [alternate], answer, [new Quote("wire", answer)], [], new DateOnly(2026, 3, 1));

    // A store of a few dozen facts, as a real one is: a word in one of them is rare and weighs as a name does.
    private static IEnumerable<Fact> Fillers() => Enumerable.Range(1, 30).Select(i =>
        Fact($"weather-{i}", $"What was the weather on day {i}?", $"Did it rain on day {i}?", $"On day {i} the weather was mild."));

    private static MatchIndex Build(params Fact[] facts)
    {
        var builder = new MatchIndexBuilder(SynonymTable.Empty);
        foreach (var fact in facts)
        {
            builder.Add(fact);
        }
        return builder.Build();
    }
}
