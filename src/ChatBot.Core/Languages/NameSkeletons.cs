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

    // Short rare words (Ron, Seth) by all their consonants, th as t: too many share so short a skeleton in a whole
    // store, so they are kept only for a curator's question glossed with its own fact's words (see FindShort).
    private readonly Dictionary<string, string?> _short;

    private NameSkeletons(Dictionary<string, string?> bySkeleton, Dictionary<string, string?> shortNames)
    {
        _bySkeleton = bySkeleton;
        _short = shortNames;
    }

    /// <param name="words">The store's vocabulary; only words English does not have (names) are kept.</param>
    /// <param name="conceptOf">The concept a word stands for, when known: spellings of one name ("borovsky",
    /// "borovskyy") share a skeleton without making it ambiguous.</param>
    /// <param name="frequency">How often the store uses a word, when known: a spelling the store uses far more often
    /// than another with its skeleton ("trump" against a curator's transliterated "tramp") names it.</param>
    /// <param name="shortNames">Whether to keep short names for <see cref="FindShort"/>: only for one fact's words.</param>
    public static NameSkeletons Build(IEnumerable<string> words, Func<string, string>? conceptOf = null, Func<string, int>? frequency = null,
        bool shortNames = false)
    {
        ArgumentNullException.ThrowIfNull(words);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var shorts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var knownShorts = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Names first; an English word that is also a name ("Trump", "Turkey") only where no name has its skeleton.
        var common = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            // "done", "run": an everyday word is no first name, and would make the name with its consonants ambiguous;
            // a less common one that is also a name ("Vale") only where no rare word has its consonants.
            if (shortNames && word.Length is >= 3 and <= MaxShort && word.All(char.IsAsciiLetterLower) &&
                Lexicon.RarityOf(word) is var rarity && rarity != WordRarity.Common && ShortKey(word) is { Length: 2 } shortKey)
            {
                var into = rarity == WordRarity.Rare ? shorts : knownShorts;
                // Two words with one short skeleton name neither.
                into[shortKey] = into.TryGetValue(shortKey, out var other) && other != word ? null : word;
            }
            if (word.Length < 4 || !word.All(char.IsAsciiLetterLower) || Lexicon.IsStopWord(word))
            {
                continue;
            }
            var key = Of(word);
            if (key.Length >= MinSkeleton)
            {
                AddTo(Lexicon.RarityOf(word) == WordRarity.Rare ? groups : common, key, word);
            }
        }
        // English says "ch" as k in names from Greek ("Nicholas", "Malachy"): "Николас" is written "nikolas". A name
        // is also found by that reading, where no name has it as its own skeleton.
        var hard = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (_, list) in groups)
        {
            foreach (var word in list)
            {
                if (word.Contains("ch", StringComparison.Ordinal) && !word.Contains("sch", StringComparison.Ordinal) &&
                    !word.Contains("tch", StringComparison.Ordinal) && Of(word.Replace("ch", "k", StringComparison.Ordinal)) is var key &&
                    key.Length >= MinSkeleton)
                {
                    AddTo(hard, key, word);
                }
            }
        }
        var map = new Dictionary<string, string?>(groups.Count + common.Count, StringComparer.Ordinal);
        foreach (var (key, list) in groups)
        {
            map[key] = Choose(list, conceptOf, frequency);
        }
        foreach (var (key, list) in common)
        {
            map.TryAdd(key, Choose(list, conceptOf, frequency));
        }
        foreach (var (key, list) in hard)
        {
            map.TryAdd(key, Choose(list, conceptOf, frequency));
        }
        foreach (var (key, word) in knownShorts)
        {
            shorts.TryAdd(key, word);
        }
        return new NameSkeletons(map, shorts);
    }

    private static void AddTo(Dictionary<string, List<string>> groups, string key, string word)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }
        list.Add(word);
    }

    // A spelling used this many times more often than every other of its skeleton is the one the store means.
    private const int Dominant = 4;

    /// <summary>The word a skeleton names, or null when two names share it and neither dominates.</summary>
    private static string? Choose(List<string> words, Func<string, string>? conceptOf, Func<string, int>? frequency)
    {
        if (words.Count == 1)
        {
            return words[0];
        }
        int Count(string w) => frequency?.Invoke(w) ?? 0;
        words.Sort((a, b) => Count(b).CompareTo(Count(a)) is var c && c != 0 ? c : string.CompareOrdinal(a, b));
        var best = words[0];
        foreach (var other in words.Skip(1))
        {
            var same = conceptOf is not null && conceptOf(other) == conceptOf(best);
            if (!same && (frequency is null || Count(best) < Dominant * Math.Max(1, Count(other))))
            {
                return null;
            }
        }
        return best;
    }

    /// <summary>The store's name with the same skeleton as <paramref name="latin"/>, or null.</summary>
    public string? Find(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        var key = Of(latin);
        return key.Length >= MinSkeleton && _bySkeleton.TryGetValue(key, out var word) ? word : null;
    }

    private const int MaxShort = 5;

    /// <summary>
    /// The short word with the same two consonants as <paramref name="latin"/> ("ren" → "ron", "sit" → "seth"), or
    /// null: for a question glossed knowing one fact's words, whose few short words are its people's first names.
    /// </summary>
    public string? FindShort(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        return latin.Length <= MaxShort && ShortKey(latin) is { Length: 2 } key && _short.TryGetValue(key, out var word) ? word : null;
    }

    private static string ShortKey(string word) => Of(word.Replace("th", "t", StringComparison.Ordinal));

    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant()
            .Replace("dzh", "j", StringComparison.Ordinal).Replace("tch", "ch", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("sch", "sh", StringComparison.Ordinal)
            // "Chris", "Christopher" say k: "Кріс" is written "kris".
            .Replace("chr", "kr", StringComparison.Ordinal);
        // Russian and Ukrainian write an English w before a vowel as у ("Уайт" for White, "Уильям"): "ua…" is "wa…".
        if (w.Length > 2 && w[0] == 'u' && w[1] is 'a' or 'i' or 'e' or 'o')
        {
            w = string.Concat("w", w.AsSpan(1));
        }
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
                // Ukrainian writes г where Russian says g: "Hrebenko" and "Grebenko" are one name.
                'g' => 'h',
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
