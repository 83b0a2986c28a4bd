using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"At the moment" asks what is the case now, which a fact about what a plan would bring about does not say.</summary>
public sealed class PresentStateTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-flow", "How much water would Telsaria release from the Harrow dam?", "Harrow dam flow under the plan",
            "Under the plan, Telsaria would release 90 cubic metres of water per second from the Harrow dam.")]);

    [Theory]
    [InlineData("How much water does Telsaria release from the Harrow dam at the moment?")]
    [InlineData("How much water does Telsaria release from the Harrow dam at present?")]
    public void A_fact_about_what_a_plan_would_do_does_not_say_what_is_the_case_at_the_moment(string question)
    {
        var features = FeaturesOf(question, Index, "harrow-flow");

        Assert.True(features.LacksWhatIsAsked);
    }

    [Theory]
    [InlineData("How much water did Telsaria release from the Harrow dam at the moment of the blast?")]
    [InlineData("How much water did Telsaria release from the Harrow dam at the moment when the talks opened?")]
    public void The_moment_of_a_past_event_does_not_ask_the_present(string question)
    {
        Assert.False(QuestionAnalyzer.Analyze(question, Index).AsksCurrent);
    }

    [Fact]
    public void A_question_about_the_plan_itself_is_still_answered_by_it()
    {
        var features = FeaturesOf("How much water would Telsaria release from the Harrow dam under the plan?", Index, "harrow-flow");

        Assert.False(features.LacksWhatIsAsked);
    }
}
