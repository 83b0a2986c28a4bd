using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Which word of a question is read as what it asks of its names: not a negated auxiliary ("won't"), nor a support
/// verb ("gave the order"); the fact that states the verb after them supports the question.
/// </summary>
public sealed class PredicateReadingTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("vale-warning", "What did Orrin Vale tell reporters?", "Vale warning",
            "Orrin Vale said Telsaria would not sign any deal that leaves its farmers without water."),
        Fact("ceasefire-order", "Who ordered the ceasefire?", "ceasefire order",
            "General Ada Pell issued the order for a ceasefire on Monday.")]);

    [Theory]
    [InlineData("Who said Telsaria won't sign a deal that leaves farmers without water?", "vale-warning")]
    [InlineData("Who gave the order for the ceasefire?", "ceasefire-order")]
    public void A_negated_auxiliary_or_a_support_verb_is_not_read_as_what_is_asked(string question, string factId)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.False(features.LacksPredicate);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
