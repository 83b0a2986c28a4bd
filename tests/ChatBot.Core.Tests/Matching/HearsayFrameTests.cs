using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// A message that only frames its question with hearsay ("my uncle says…", "someone said … — is it true?") does not
/// ask about speech at all.
/// </summary>
public sealed class HearsayFrameTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("pell-meeting", "When will Ada Pell meet Orrin Vale?", "Pell Vale meeting day",
            "Ada Pell is expected to meet Orrin Vale in Ostrava on Thursday.")]);

    [Theory]
    [InlineData("My uncle says Ada Pell will meet Orrin Vale this week - which day is that?")]
    [InlineData("Orrin Vale told reporters he will meet Ada Pell — when is it?")]
    [InlineData("My cousin said Ada Pell is going to meet Orrin Vale, when is that happening?")]
    public void Hearsay_that_frames_a_question_does_not_ask_about_speech(string question)
    {
        var features = Matcher.Explain(question, Index).Single(c => c.FactId == "pell-meeting").Features;

        Assert.False(features.LacksFocus);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
