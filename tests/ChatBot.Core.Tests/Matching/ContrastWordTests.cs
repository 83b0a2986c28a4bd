using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"Instead" says what the answer replaces, not what is asked: a fact that gives the replacement states the predicate.</summary>
public sealed class ContrastWordTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-counter", "Did Harrow accept the proposed flow?", "Why did Harrow reject the water figure?",
            "Harrow rejected the proposed flow of 180 cubic metres a second as too low and asked for 240.")]);

    [Fact]
    public void Asking_what_was_asked_for_instead_does_not_fail_the_predicate_check()
    {
        var features = FeaturesOf("What water flow has Harrow asked for instead?", Index, "harrow-counter");

        Assert.False(features.LacksPredicate);
    }
}
