using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// "How did Orrin Vale react…?" asks what Vale said or did in answer: a fact that reports only another speaker's
/// reaction does not answer it, however many of the question's words it shares.
/// </summary>
public sealed class ReactionSpeakerTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("harrow-reaction", "How did Telsaria react to the Harrow plan?", "Telsaria's reaction to the Harrow plan",
            "Corla Denn said Telsaria would study the Harrow plan but saw no reason to hurry, after Orrin Vale met her.")]);

    [Fact]
    public void A_reaction_asked_of_one_person_is_not_answered_by_another_speakers_words()
    {
        Assert.NotEmpty(QuestionAnalyzer.Analyze("How did Orrin Vale react to the Harrow plan?", Index).SpeakerIds);
        Assert.False(Matcher.Match("How did Orrin Vale react to the Harrow plan?", Index).Answered);
    }

    [Fact]
    public void A_how_did_question_with_another_verb_does_not_ask_for_a_speaker()
    {
        Assert.Empty(QuestionAnalyzer.Analyze("How did Orrin Vale travel to the Harrow talks?", Index).SpeakerIds);
    }

    [Fact]
    public void The_reaction_of_the_speaker_the_fact_reports_is_still_matched()
    {
        var result = Matcher.Match("How did Corla Denn react to the Harrow plan?", Index);

        Assert.Equal("harrow-reaction", result.Best?.FactId);
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
