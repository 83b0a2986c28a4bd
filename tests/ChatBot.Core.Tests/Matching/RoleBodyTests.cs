using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "What government post does Corla Denn hold?" asks her title; the body the role is held in ("government", "army")
/// only places it. A fact that gives her a title answers, though it never says "government"; a question that asks
/// more than the title ("her job apart from the delegation") is still not answered by the title alone.
/// </summary>
public sealed class RoleBodyTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("telsaria-delegation", "Who led the Telsarian delegation?", "Who is Orrin Vale?",
            "Foreign Minister Orrin Vale led Telsaria's delegation, accompanied by Deputy Trade Minister Corla Denn."),
        Fact("denn-trip", "Where did Denn travel on Monday?", "Did Denn visit Harrow?",
            "Corla Denn travelled to Harrow on Monday to inspect the grain depot.")]);

    [Theory]
    [InlineData("What government post does Corla Denn hold?")]
    [InlineData("What is Corla Denn's title in the Telsarian government?")]
    public void A_role_question_naming_the_body_the_role_is_held_in_is_explained_by_the_title(string question)
    {
        var features = FeaturesOf(question, Index, "telsaria-delegation");

        Assert.False(features.OnlyNamesExplained, "only the names explained");
        Assert.False(features.LacksPredicate, "lacks the predicate");
    }

    [Fact]
    public void A_role_question_naming_the_body_the_role_is_held_in_is_answered_by_the_titling_fact()
    {
        var result = DefaultMatcher.Match("What government post does Orrin Vale hold?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("telsaria-delegation", result.Best!.FactId);
    }

    [Fact]
    public void A_role_question_that_asks_beyond_the_title_still_needs_its_words()
    {
        var features = FeaturesOf("What is Corla Denn's job apart from the grain talks?", Index, "telsaria-delegation");

        Assert.True(features.LacksPredicate || features.OnlyNamesExplained);
    }
}
