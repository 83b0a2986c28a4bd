using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "Who said…?" asks the speaker: a fact whose answer names nobody but whose quote reports one ("…, a Telsarian official
/// said") has the kind of answer asked.
/// </summary>
public sealed class ReportedSpeakerTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        new Fact("next-round", "When is the next round of talks?", ["Who will lead the next round?"],
            "The next round will be held in spring. Technical teams are expected to lead it, with ministers joining only on the final day.",
            [new Quote("wire", "The next round is expected to be led by technical teams, with ministers joining only on the final day, a Telsarian official said.")],
            [], new DateOnly(2026, 3, 1))]);

    [Fact]
    public void Who_said_is_answerable_by_the_speaker_a_quote_reports()
    {
        Assert.False(FeaturesOf("Who said technical teams would lead the next round?", Index, "next-round").WrongKind);
    }

    [Fact]
    public void Who_is_the_diplomat_who_said_asks_who_a_person_is_not_the_speaker()
    {
        Assert.True(Index.TryGetProfile("next-round", out var fact));
        var question = QuestionAnalyzer.Analyze("Who is the diplomat who said technical teams would lead the next round?", Index);

        Assert.False(SpeakerNames.ReportsSpeakerAsked(question, fact));
    }
}
