using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Chat abbreviations are read as the words they stand for, not as rare words no fact holds.</summary>
public sealed class ChatSpellingTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("brell-post", "Who led the Harrow delegation?", "Who is Tomas Brell?",
            "Harrow's team was headed by Gen. Tomas Brell, the army chief of staff."),
        Fact("brell-remarks", "What did Brell tell reporters?", "Did Brell comment on the plan?",
            "Brell told reporters the plan was a starting point.")]);

    [Theory]
    [InlineData("smth")]
    [InlineData("sth")]
    public void Something_abbreviated_is_read_as_something(string token)
    {
        Assert.Equal("something", Lexicon.Unchat(token));
    }

    [Fact]
    public void A_question_ending_in_or_smth_is_answered_as_without_it()
    {
        var result = new Matcher(new MatcherOptions()).Match("brel is what, army chief of staff or smth?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("brell-post", result.Best!.FactId);
    }
}
