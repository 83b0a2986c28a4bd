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
            "General Ada Pell issued the order for a ceasefire on Monday."),
        Fact("plan-drafters", "Who drafted the truce plan?", "truce plan authors",
            "Telsaria and Marvonia drafted the truce plan together."),
        Fact("plan-terms", "What would Telsaria concede under the plan?", "plan concessions",
            "The plan would have Telsaria give up two border districts.")]);

    [Theory]
    [InlineData("Who said Telsaria won't sign a deal that leaves farmers without water?", "vale-warning")]
    [InlineData("Who gave the order for the ceasefire?", "ceasefire-order")]
    public void A_negated_auxiliary_or_a_support_verb_is_not_read_as_what_is_asked(string question, string factId)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == factId).Features;

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void A_plural_kind_noun_only_says_what_kind_of_answer_is_wanted()
    {
        var features = Matcher.Explain("Which two countries drafted the truce plan?", Index).Single(c => c.FactId == "plan-drafters").Features;

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void A_participle_between_a_determiner_and_its_noun_describes_the_noun()
    {
        var analyzed = QuestionAnalyzer.Analyze("What would Telsaria give up under the leaked plan?", Index);

        Assert.Equal("plan", analyzed.Concepts[analyzed.PredicateIndex].Word);
    }

    [Theory]
    [InlineData("Did General Ada Pell cancel the ceasefire?", true)]
    [InlineData("Did General Ada Pell order a ceasefire?", false)]
    public void A_yes_no_question_asks_the_verb_after_its_names(string question, bool lacks)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == "ceasefire-order").Features;

        Assert.Equal(lacks, features.LacksPredicate);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
