using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>"Who is the envoy said to have drafted the plan?" reports hearsay; it does not ask what anyone said.</summary>
public sealed class HearsayTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("plan-drafters", "Who drafted the plan?", "Who wrote the plan?",
            "Envoy Orrin Vale is thought to have drafted the plan.")]);

    [Fact]
    public void Said_to_have_after_a_noun_does_not_ask_for_speech()
    {
        var features = Matcher.Explain("Who is the envoy said to have drafted the plan?", Index)
            .Single(c => c.FactId == "plan-drafters").Features;

        Assert.False(features.LacksFocus);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
