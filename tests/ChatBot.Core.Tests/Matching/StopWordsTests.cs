using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Words the shipped stop list (Matching/Lexicon/stopwords.txt) drops from matching.</summary>
public sealed class StopWordsTests
{
    // "sit down", "play down", "step down": the verb says what is asked; a fact says "met", "downplayed", "leave".
    [Theory]
    [InlineData("up")]
    [InlineData("off")]
    [InlineData("out")]
    [InlineData("down")]
    public void A_verb_particle_is_not_a_topic_word(string particle) => Assert.True(Lexicon.IsStopWord(particle));
}
