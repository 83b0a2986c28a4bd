using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Citations;

/// <summary>Checks that quotes occur verbatim in their source and, when not, finds the passage the curator probably meant.</summary>
public static class CitationVerifier
{
    public static bool IsVerbatim(string quote, string sourceText)
    {
        var q = CitationText.Normalize(quote);
        return q.Length > 0 && CitationText.Normalize(sourceText).Contains(q, StringComparison.Ordinal);
    }

    public static CitationCheck Check(string quote, string sourceText) =>
        IsVerbatim(quote, sourceText)
            ? new CitationCheck(true, null)
            : new CitationCheck(false, ClosestPassage(quote, sourceText));

    /// <summary>The sentence of the source sharing the most words with the quote, or null when none shares any.</summary>
    public static string? ClosestPassage(string quote, string sourceText)
    {
        var wanted = Tokenizer.Tokenize(quote).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return null;
        }
        string? best = null;
        var bestScore = 0.0;
        foreach (var sentence in SourceSentences.Of(sourceText))
        {
            var words = Tokenizer.Tokenize(sentence).ToHashSet(StringComparer.Ordinal);
            var shared = words.Count(wanted.Contains);
            var score = shared / (double)(wanted.Count + words.Count - shared);
            if (score > bestScore)
            {
                bestScore = score;
                best = sentence;
            }
        }
        return best;
    }

    /// <summary>Every quote of <paramref name="fact"/> that is not verbatim in its source, with the reason.</summary>
    public static IEnumerable<string> Problems(Fact fact, Func<string, Source?> findSource)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(findSource);
        if (fact.Quotes.Count == 0)
        {
            yield return $"fact '{fact.Id}' has no quote";
        }
        foreach (var quote in fact.Quotes)
        {
            var source = findSource(quote.SourceId);
            if (source is null)
            {
                yield return $"fact '{fact.Id}': quote \"{quote.Text}\" cites unknown source '{quote.SourceId}'";
            }
            else if (!IsVerbatim(quote.Text, source.Text))
            {
                yield return $"fact '{fact.Id}': quote \"{quote.Text}\" is not verbatim in source '{source.Id}'";
            }
        }
    }
}
