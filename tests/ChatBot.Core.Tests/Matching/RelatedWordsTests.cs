using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Everyday relations the curated lexicon (data/lexicon/related-curated.txt) adds to WordNet's.</summary>
public sealed class RelatedWordsTests
{
    [Theory]
    [InlineData("fully", "full")]
    public void An_adverb_the_stemmer_cannot_strip_is_related_to_its_adjective(string adverb, string adjective) =>
        Assert.Contains(Stemmer.Stem(adjective), RelatedWords.Of(Stemmer.Stem(adverb)));
}
