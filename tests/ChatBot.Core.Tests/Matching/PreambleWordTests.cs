using ChatBot.Core.Matching;
using static ChatBot.Core.Tests.Matching.InventedStore;

namespace ChatBot.Core.Tests.Matching;

/// <summary>
/// An odd word no fact uses, in a sentence before the one that asks, sets the scene ("Our newsroom is planning
/// coverage."): it does not make every fact lack a rare word of the question. A name there still does.
/// </summary>
public sealed class PreambleWordTests
{
    private static readonly MatchIndex Index = Build([.. Fillers(),
        Fact("strike-denied", "Who carried out the pumping station strike?", "Who does Brisk blame for the strike?",
            "Brisk blames Telsaria for the pumping station strike; Telsaria denies any role in it.")]);

    [Fact]
    public void The_tokens_before_the_asking_sentence_are_counted_as_preamble()
    {
        Assert.Equal(5, QuestionAnalyzer.PreambleTokens("Our newsroom is planning coverage. Who carried out the strike?"));
        Assert.Equal(0, QuestionAnalyzer.PreambleTokens("Who carried out the strike on the pumping station?"));
        Assert.Equal(0, QuestionAnalyzer.PreambleTokens("Our newsroom is planning coverage."));
        Assert.Equal(6, QuestionAnalyzer.PreambleTokens("The prisoner part matters to us - how many detainees were freed?"));
        Assert.Equal(0, QuestionAnalyzer.PreambleTokens("Who, after the talks, carried out the strike?"));
    }

    [Fact]
    public void An_odd_word_in_the_preamble_is_not_a_rare_word_the_fact_lacks()
    {
        var question = QuestionAnalyzer.Analyze("Our newsroom is planning coverage. Who carried out the pumping station strike?", Index);

        Assert.Contains(question.Concepts, c => c.Word == "newsroom" && c.InPreamble && c.Id < 0);
        Assert.DoesNotContain(question.Concepts, c => c.Word == "strike" && c.InPreamble);
    }

    [Fact]
    public void A_long_question_whose_asking_sentence_the_fact_holds_is_answered_despite_an_odd_preamble_word()
    {
        var result = Matcher.Match("Our newsroom is planning coverage. Who carried out the pumping station strike?", Index);

        Assert.True(result.Answered, $"not answered; offered {string.Join(", ", result.Alternatives.Select(a => a.FactId))}");
        Assert.Equal("strike-denied", result.Best!.FactId);
    }

    [Fact]
    public void The_same_odd_word_in_the_asking_sentence_still_counts_as_lacking()
    {
        var result = Matcher.Match("Who carried out the pumping station strike the newsroom covered?", Index);

        Assert.False(result.Answered, $"answered with {result.Best?.FactId}");
    }

    [Fact]
    public void Store_words_of_the_preamble_weigh_less_against_a_fact_than_those_of_the_asking_sentence()
    {
        var framed = QuestionAnalyzer.Analyze("The sensor readings were normal all week. Who carried out the pumping station strike?", Index);
        var asked = QuestionAnalyzer.Analyze("Who carried out the pumping station strike? The sensor readings were normal all week.", Index);
        Assert.True(Index.TryGetProfile("strike-denied", out var fact));

        var framedFeatures = FeatureExtractor.Extract(framed, fact, Index);
        var askedFeatures = FeatureExtractor.Extract(asked, fact, Index);

        Assert.True(framedFeatures.MissingStoreWeight < askedFeatures.MissingStoreWeight,
            $"{framedFeatures.MissingStoreWeight} vs {askedFeatures.MissingStoreWeight}");
    }

    private static Matcher Matcher { get; } = new(new MatcherOptions());
}
