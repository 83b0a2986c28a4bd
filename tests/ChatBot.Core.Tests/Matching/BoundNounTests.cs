using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"What troop ceiling would the plan set?" asks for a figure: a fact that speaks of limits without one does not give it.</summary>
public sealed class BoundNounTests
{
    [Theory]
    [InlineData("what troop ceiling would the harrow army be held to", AnswerKind.Number)]
    [InlineData("what limit would the plan impose on the harrow army", AnswerKind.Number)]
    [InlineData("which troop cap does telsaria want", AnswerKind.Number)]
    [InlineData("what is the troop ceiling for", AnswerKind.None)]
    [InlineData("what time limit did the court set", AnswerKind.Time)]
    public void A_bound_named_after_the_question_word_asks_for_a_figure(string question, AnswerKind kind)
    {
        Assert.Equal(kind, QuestionKinds.Detect(Tokenizer.Tokenize(question)));
    }

    [Fact]
    public void A_fact_that_states_limits_without_a_figure_does_not_answer_what_ceiling()
    {
        var index = Build([.. Fillers(),
            Fact("harrow-terms", "What would the plan demand of Harrow?", "Harrow army limits",
                "Telsaria's plan would put strict limits on the size of the Harrow army and demand its neutrality.")]);

        var result = DefaultMatcher.Match("What troop ceiling would the Harrow army be limited to under the plan?", index);

        Assert.False(result.Answered);
        Assert.Equal("harrow-terms", result.Alternatives[0].FactId);
    }
}
