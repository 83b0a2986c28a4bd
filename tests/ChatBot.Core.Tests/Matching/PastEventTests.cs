using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "Did Telsaria agree to release 180 cubic metres?" asks whether something happened: a fact that only says what a
/// plan would do answers it only when its own text states the event asked, not when only a curator's question does.
/// </summary>
public sealed class PastEventTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("orlen-plan", "Did Telsaria agree to the Orlen plan?", "What would Telsaria release under the Orlen plan?",
            "Under the Orlen plan, Telsaria would release 180 cubic metres of water per second from the Orlen dam.")]);

    [Fact]
    public void A_past_event_only_a_stored_question_speaks_of_is_not_stated_by_a_plan()
    {
        const string question = "Did Telsaria agree to release the 180 cubic metres?";

        Assert.True(Features(question).LacksPredicate);
        Assert.False(DefaultMatcher.Match(question, Index).Answered);
    }

    [Fact]
    public void A_past_event_the_plan_itself_states_still_passes()
    {
        Assert.False(Features("Did Telsaria release 180 cubic metres from the Orlen dam?").LacksPredicate);
    }

    private static MatchFeatures Features(string question) =>
        FeaturesOf(question, Index, "orlen-plan");
}
