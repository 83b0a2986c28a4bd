using System.Collections.Frozen;

namespace ChatBot.Core.Matching;

/// <summary>
/// Fixes typos of ordinary English words the store does not use ("acompanied"), so that a misspelt everyday word
/// is not mistaken for an unknown name, which would make the matcher abstain.
/// </summary>
public static class EnglishSpeller
{
    private static readonly Lazy<FrozenDictionary<(int Length, char First), string[]>> Buckets = new(Build);

    public static string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 5 || Lexicon.RarityOf(word) != WordRarity.Rare || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }
        var max = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = max + 1;
        for (var len = word.Length - max; len <= word.Length + max; len++)
        {
            foreach (var first in new[] { word[0], word[1] }.Distinct())
            {
                if (!Buckets.Value.TryGetValue((len, first), out var words))
                {
                    continue;
                }
                foreach (var candidate in words)
                {
                    var d = EditDistance.DamerauLevenshtein(word, candidate, max);
                    if (d <= max && d < bestDistance)
                    {
                        (best, bestDistance) = (candidate, d);
                    }
                }
            }
        }
        return best;
    }

    // Only everyday words are targets: a typo is far likelier in "accompanied" than in "odes", and a name such as
    // "Odesa" must stay unknown rather than become a rare English word.
    private static FrozenDictionary<(int, char), string[]> Build() =>
        Lexicon.CommonWords
            .Where(w => w.Length >= 3)
            .GroupBy(w => (w.Length, w[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(w => w, StringComparer.Ordinal).ToArray());
}
