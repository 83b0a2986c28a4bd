using System.Text;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

/// <summary>
/// Finds the store's name a transliterated one stands for by its consonants: "Ваймер" is written "vaymer" and the
/// store says "Weimer", "Ренді Джордж" is "rendi dzhordzh" for "Randy George". Both are reduced to a skeleton (first
/// letter, then consonants, with w as v, z as s, c as k, j for dzh and a soft g, doubles collapsed), and a skeleton that only
/// one rare word of the store has names it.
/// </summary>
public sealed class NameSkeletons
{
    private const int MinSkeleton = 3;

    private readonly Dictionary<string, string?> _bySkeleton;

    private NameSkeletons(Dictionary<string, string?> bySkeleton) => _bySkeleton = bySkeleton;

    /// <param name="words">The store's vocabulary; only words English does not have (names) are kept.</param>
    /// <param name="conceptOf">The concept a word stands for, when known: spellings of one name ("zelensky",
    /// "zelenskyy") share a skeleton without making it ambiguous.</param>
    public static NameSkeletons Build(IEnumerable<string> words, Func<string, string>? conceptOf = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length < 4 || Lexicon.RarityOf(word) != WordRarity.Rare || !word.All(char.IsAsciiLetterLower))
            {
                continue;
            }
            var key = Of(word);
            if (key.Length >= MinSkeleton)
            {
                // Two names with one skeleton: neither can be told from the other, so the skeleton names none.
                map[key] = !map.TryGetValue(key, out var other) || other == word ? word
                    : other is not null && conceptOf is not null && conceptOf(other) == conceptOf(word) ? other
                    : null;
            }
        }
        return new NameSkeletons(map);
    }

    /// <summary>The store's name with the same skeleton as <paramref name="latin"/>, or null.</summary>
    public string? Find(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        var key = Of(latin);
        return key.Length >= MinSkeleton && _bySkeleton.TryGetValue(key, out var word) ? word : null;
    }

    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant()
            .Replace("dzh", "j", StringComparison.Ordinal).Replace("tch", "ch", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("sch", "sh", StringComparison.Ordinal);
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i] switch
            {
                'w' => 'v',
                'z' => 's',
                'q' => 'k',
                'c' when i + 1 < w.Length && w[i + 1] == 'h' => 'c',
                'c' => 'k',
                'g' when i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'y' => 'j',
                'y' => 'i',
                var other => other,
            };
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u';
            if ((sb.Length > 0 && vowel) || (sb.Length > 0 && sb[^1] == c) || !char.IsAsciiLetterLower(c))
            {
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
