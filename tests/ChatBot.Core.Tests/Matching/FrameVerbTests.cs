using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Verbs that only frame what is asked: "issue" before the statement it names.</summary>
public sealed class FrameVerbTests
{
    [Fact]
    public void A_statement_issued_is_a_statement_made_so_the_fact_that_reports_it_states_what_is_asked()
    {
        var index = Build([.. Fillers(),
            Fact("pell-statement", "What did Ada Pell say about the bridge?", "Ada Pell on the bridge",
                "\"Every week the bridge stays shut, families pay,\" Ada Pell said in a statement on Monday.")]);

        var features = Matcher.Explain("When did Ada Pell issue her statement?", index).Single(c => c.FactId == "pell-statement").Features;

        Assert.False(features.LacksPredicate);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
