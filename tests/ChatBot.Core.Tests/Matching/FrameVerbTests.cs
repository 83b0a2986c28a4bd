using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// Verbs that only frame what is asked: "issue" before the statement it names, and the verb of a role question
/// ("What position does she hold?"), which a fact may happen to use about something else.
/// </summary>
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

    [Fact]
    public void According_to_frames_whose_word_it_is_and_is_not_what_the_question_asks()
    {
        var index = Build([.. Fillers(),
            Fact("vale-lead", "Who will lead the Telsarian team?", "Vale to lead",
                "Officials said Orrin Vale would lead the Telsarian team at the next round.")]);

        var features = Matcher.Explain("Who, according to officials, will lead the Telsarian team?", index)
            .Single(c => c.FactId == "vale-lead").Features;

        Assert.False(features.LacksPredicate);
    }

    [Fact]
    public void The_verb_of_a_role_question_is_not_a_word_the_fact_must_contain()
    {
        var index = Build([.. Fillers(),
            Fact("brell-title", "Who led the Telsarian team?", "Who is Tomas Brell?",
                "The Telsarian team was headed by Gen Tomas Brell, the army chief of staff."),
            Fact("brell-remarks", "What did Tomas Brell tell reporters?", "Brell on the front",
                "Gen Tomas Brell told reporters the army was holding its lines along the river.")]);

        var analyzed = QuestionAnalyzer.Analyze("What position does Tomas Brell hold?", index);
        var result = Matcher.Match("What position does Tomas Brell hold?", index);

        Assert.DoesNotContain(analyzed.Concepts, c => c.Word == "hold");
        Assert.NotEqual("brell-remarks", result.Answered ? result.Best?.FactId : null);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
