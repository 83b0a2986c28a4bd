using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "What do the historic defence accords between Vale and Denn contain?": the verb that closes a "what do…" question
/// is what is asked of its subject, however long the subject; a fact that only names the accords does not give their
/// contents.
/// </summary>
public sealed class ClosingVerbTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("accords-post", "What did Denn post after meeting Vale?", "Denn's post about the historic defence accords",
            "Corla Denn wrote that she and Orrin Vale had signed historic defence accords in Harrow.")]);

    [Fact]
    public void A_long_what_do_question_closing_on_a_verb_no_fact_uses_is_not_answered()
    {
        const string question = "What do the historic defence accords between Orrin Vale and Corla Denn contain?";

        Assert.True(Features(question).LacksPredicate);
        Assert.False(DefaultMatcher.Match(question, Index).Answered);
    }

    [Fact]
    public void A_closing_verb_the_fact_states_still_passes()
    {
        Assert.False(Features("What did Corla Denn and Orrin Vale sign?").LacksPredicate);
    }

    private static MatchFeatures Features(string question) =>
        FeaturesOf(question, Index, "accords-post");
}
