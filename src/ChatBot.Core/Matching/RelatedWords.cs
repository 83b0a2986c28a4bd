using System.Collections.Frozen;

namespace ChatBot.Core.Matching;

/// <summary>
/// Everyday words that can stand in for one another in a question (data/lexicon/related.txt, distilled from WordNet):
/// synonyms of a word's commonest sense, derivations (injure, injury) and a noun's direct broader term (missile,
/// weapon). Keyed by stem, so "injured" finds what "injure" relates to; a phrasal verb by its stem and particle ("wrap up").
/// </summary>
public static class RelatedWords
{
    private static readonly FrozenDictionary<string, string[]> ByStem = Load();

    /// <summary>The stems related to a word's stem, or none.</summary>
    public static IReadOnlyList<string> Of(string stem) => ByStem.GetValueOrDefault(stem) ?? [];

    private static FrozenDictionary<string, string[]> Load()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // The same few thousand words recur on many lines: each is stemmed once.
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string StemOf(string w) => stems.TryGetValue(w, out var s) ? s : stems[w] = Stemmer.Stem(w);
        foreach (var line in Lexicon.Lines("related.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parts = words[0].Split('_');
            var key = parts.Length == 2 ? StemOf(parts[0]) + " " + parts[1] : StemOf(words[0]);
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            foreach (var w in words.AsSpan(1))
            {
                var stem = StemOf(w);
                if (stem != key)
                {
                    set.Add(stem);
                }
            }
        }
        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
