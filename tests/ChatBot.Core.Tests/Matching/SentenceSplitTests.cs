using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

/// <summary>A fact's text is read sentence by sentence; a title or an initial before a name does not end a sentence.</summary>
public sealed class SentenceSplitTests
{
    [Theory]
    [InlineData("Dr. Ada Pell said the trucks left. The appeal ends in June.", 2)]
    [InlineData("Gen. Orrin Vale met U.S. officials in Harrow. \"We stay,\" he said.", 2)]
    [InlineData("Mrs. Corla Denn left on Monday! Did she return? No.", 3)]
    [InlineData("The fund raised 4.2 million crowns. 8,000 people got water.", 2)]
    public void A_title_or_initial_before_a_name_does_not_end_a_sentence(string text, int sentences) =>
        Assert.Equal(sentences, MatchIndexBuilder.SentenceEnd().Split(text).Length);
}
