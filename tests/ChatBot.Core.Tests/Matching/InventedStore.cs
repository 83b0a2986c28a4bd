using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Small invented stores for matcher tests, curated as real curators do: two questions and one quote per fact.</summary>
internal static class InventedStore
{
    public static Fact Fact(string id, string question, string alternate, string answer) =>
        new(id, question, [alternate], answer, [new Quote("wire", answer)], [], new DateOnly(2026, 3, 1));

    // A store of a few dozen facts, as a real one is: a word in one of them is rare and weighs as a name does.
    public static IEnumerable<Fact> Fillers() => Enumerable.Range(1, 30).Select(i =>
        Fact($"sensor-{i}", $"What did sensor {i} record?", $"Is sensor {i} working?", $"Sensor {i} recorded normal readings."));

    public static MatchIndex Build(params Fact[] facts)
    {
        var builder = new MatchIndexBuilder(SynonymTable.Empty);
        foreach (var fact in facts)
        {
            builder.Add(fact);
        }
        return builder.Build();
    }

    /// <summary>What the default matcher reads of one fact for a question: the features its rules decide on.</summary>
    public static MatchFeatures FeaturesOf(string question, MatchIndex index, string factId) =>
        DefaultMatcher.Explain(question, index).Single(c => c.FactId == factId).Features;

    public static Matcher DefaultMatcher { get; } = new(new MatcherOptions());
}
