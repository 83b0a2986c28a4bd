using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class CandidateWalkTests
{
    private static Fact Fact(string id, string question) =>
        new(id, question, [], "An answer.", [new Quote("src", "An answer.")], [], new DateOnly(2025, 11, 20));

    private static MatchIndex CommonWordStore(int facts) => MatchIndex.Build(
        [.. Enumerable.Range(0, facts).Select(i => Fact($"strike-{i}", $"How many were killed in the strike on place{i}?")),
         Fact("ternopil", "How many were killed in the strike on Ternopil?")],
        SynonymTable.Empty);

    [Fact]
    public void Proposes_the_fact_with_the_rare_word_first_among_many_sharing_common_ones()
    {
        var index = CommonWordStore(2_000);
        var matcher = new Matcher(new MatcherOptions());

        var candidates = matcher.Explain("how many were killed in the ternopil strike", index);

        Assert.Equal("ternopil", candidates[0].FactId);
        Assert.True(candidates.Count <= new MatcherOptions().CandidateLimit);
    }

    [Fact]
    public void Answers_from_a_large_store_when_the_question_names_the_place()
    {
        var index = CommonWordStore(2_000);
        var matcher = new Matcher(new MatcherOptions());

        var result = matcher.Match("ternopil strike death toll?", index);

        Assert.Equal("ternopil", result.Best?.FactId ?? (result.Alternatives.Count > 0 ? result.Alternatives[0].FactId : null));
    }

    [Fact]
    public void Gives_up_on_an_unknown_name_when_every_known_word_is_common()
    {
        var index = CommonWordStore(2_000);
        var matcher = new Matcher(new MatcherOptions());

        var candidates = matcher.Explain("How many were killed in the strike on Kharkiv?", index);

        Assert.Empty(candidates);
    }
}
