using ChatBot.Core.Matching;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Decisive rules of the matcher, on the shipped store.</summary>
public sealed class MatcherRulesTests
{
    [Theory]
    [InlineData("How many drones did Russia launch at Ternopil?", null)]
    [InlineData("how many missiles hit ternopil", null)]
    [InlineData("How many civilians died in Ternopil?", "ternopil-strike")]
    [InlineData("How many people were killed in the Ternopil strike?", "ternopil-strike")]
    [InlineData("When did Randy George become Army chief of staff?", null)]
    [InlineData("When is Driscoll expected to meet Zelensky?", "zelensky-meeting")]
    public async Task Answers_only_from_a_fact_that_can_give_what_is_asked(string question, string? expected)
    {
        using var store = new SeededStore();
        var index = await store.Indexes.GetAsync();

        var result = new Matcher(new MatcherOptions()).Match(question, index);

        Assert.Equal(expected, result.Answered ? result.Best?.FactId : null);
    }
}
