using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "What is Brell's job?" shares only a name with every fact about him; the one fact that gives him a title answers
/// it, even though its wording matches little of the question.
/// </summary>
public sealed class RoleQuestionTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("brell-post", "Who commands the Telsarian army?", "Who is the army's chief?",
            "Chief of staff Tomas Brell commands the Telsarian army along the Brisk."),
        Fact("brell-trip", "Where did Brell travel on Monday?", "Did Brell visit Ostrava?",
            "Tomas Brell travelled to Ostrava on Monday with two aides to inspect the dam."),
        Fact("brell-talks", "What did Brell say about the talks?", "Who did Brell meet?",
            "Tomas Brell met the Brisk delegation and said the talks went well.")]);

    [Theory]
    [InlineData("What is Tomas Brell's job?")]
    [InlineData("What position does Tomas Brell hold?")]
    public void A_role_question_is_answered_by_the_only_fact_that_titles_the_person(string question)
    {
        var result = Matcher.Match(question, Index);
        var without = new Matcher(new MatcherOptions { RoleWinnerThreshold = 1 }).Match(question, Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:F2}"))}");
        Assert.Equal("brell-post", result.Best!.FactId);
        Assert.False(without.Answered, $"answered without the rule: {without.Best?.FactId}");
    }

    [Fact]
    public void A_question_about_the_person_that_asks_no_role_is_not_answered_by_the_titling_fact()
    {
        var result = Matcher.Match("What did Brell do in Ostrava?", Index);

        Assert.NotEqual("brell-post", result.Answered ? result.Best!.FactId : null);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
