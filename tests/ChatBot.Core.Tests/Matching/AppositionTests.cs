using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Of two facts that both give a person a title, the one that states the role in apposition ("Corla Denn, Harrow's
/// special envoy") says who she is; the other only writes a title before her name while reporting what she said.
/// </summary>
public sealed class AppositionTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("talks-end", "How did the Harrow talks end?", "What did Denn say at the end of the talks?",
            "The Harrow talks ended on Friday without a deal; mediator Corla Denn said the remaining differences were technical."),
        Fact("talks-chair", "Who chaired the Harrow talks?", "Who will replace Denn?",
            "Corla Denn, Telsaria's special envoy to the valley, chaired the Harrow talks and will leave office next month.")]);

    private static Matcher Matcher { get; } = new(new MatcherOptions());

    [Theory]
    [InlineData("who's Corla Denn")]
    [InlineData("Denn title?")]
    [InlineData("What is Corla Denn's position?")]
    public void A_who_is_question_is_answered_by_the_fact_that_gives_the_role_in_apposition(string question)
    {
        var result = Matcher.Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("talks-chair", result.Best!.FactId);
    }

    [Fact]
    public void A_name_followed_by_a_comma_and_no_role_is_not_read_as_an_apposition()
    {
        var index = Build([.. Fillers(),
            Fact("talks-end", "How did the Harrow talks end?", "What did Denn say at the end of the talks?",
                "The Harrow talks ended on Friday without a deal; mediator Corla Denn said the remaining differences were technical."),
            Fact("denn-trip", "Where did Denn go after the talks?", "Who will replace Denn?",
                "After the talks Corla Denn, Orrin Vale and their aides flew home to Telsaria.")]);

        Assert.True(index.TryGetProfile("denn-trip", out var profile));
        Assert.True(index.ConceptId(Stemmer.Stem("denn")) >= 0);
        Assert.False(TitledNames.Apposed(profile.Titled, index.ConceptId(Stemmer.Stem("denn"))));
    }

    [Fact]
    public void A_name_listed_before_another_name_and_its_role_is_not_the_one_in_apposition()
    {
        var index = Build([.. Fillers(),
            Fact("harrow-guests", "Who came to the Harrow talks?", "Harrow talks guests",
                "The guests were Corla Denn, Ada Pell, the envoy, and their aides.")]);

        Assert.True(index.TryGetProfile("harrow-guests", out var profile));
        Assert.True(index.ConceptId(Stemmer.Stem("denn")) >= 0);
        Assert.False(TitledNames.Apposed(profile.Titled, index.ConceptId(Stemmer.Stem("denn"))));
        Assert.True(TitledNames.Apposed(profile.Titled, index.ConceptId(Stemmer.Stem("pell"))));
    }
}
