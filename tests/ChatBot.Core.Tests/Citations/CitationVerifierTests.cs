using ChatBot.Core.Citations;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Tests.Citations;

public sealed class CitationVerifierTests
{
    private const string Source = "Kremlin spokesperson Dmitry Peskov seemed to downplay the speculation.\n“In this instance, we have no new developments concerning what we describe as ‘the spirit of Anchorage’,” he remarked.";

    [Fact]
    public void Accepts_a_quote_with_straight_quotes_and_collapsed_whitespace()
    {
        Assert.True(CitationVerifier.IsVerbatim("we describe as 'the spirit  of Anchorage'", Source));
    }

    [Fact]
    public void Rejects_a_changed_word_and_shows_the_closest_sentence()
    {
        var check = CitationVerifier.Check("Dmitry Peskov seemed to dismiss the speculation", Source);

        Assert.False(check.IsVerbatim);
        Assert.Equal("Kremlin spokesperson Dmitry Peskov seemed to downplay the speculation.", check.ClosestPassage);
    }

    [Fact]
    public void Rejects_an_empty_quote()
    {
        Assert.False(CitationVerifier.IsVerbatim("   ", Source));
    }

    [Fact]
    public void Names_the_fact_and_quote_of_every_problem()
    {
        var fact = new Fact("f1", "q?", [], "a", [new Quote("s1", "not in the text"), new Quote("nope", "x")], [], new DateOnly(2025, 11, 20));
        var source = new Source("s1", "t", "o", null, null, Source);

        var problems = CitationVerifier.Problems(fact, id => id == "s1" ? source : null).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains("f1", problems[0]);
        Assert.Contains("not in the text", problems[0]);
        Assert.Contains("unknown source 'nope'", problems[1]);
    }
}
