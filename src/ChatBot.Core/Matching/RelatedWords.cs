namespace ChatBot.Core.Matching;

/// <summary>
/// Everyday words that can stand in for one another in a question (data/lexicon/related.txt, distilled from WordNet):
/// synonyms of a word's commonest sense, derivations (injure, injury) and a noun's direct broader term (missile,
/// weapon), and the few everyday relations WordNet's commonest senses miss (related-curated.txt: "hurt", "wrap up").
/// Keyed by stem, so "injured" finds what "injure" relates to; a phrasal verb by its stem and particle ("wrap up").
/// </summary>
public static class RelatedWords
{
    private static readonly Dictionary<string, string[]> ByStem = Load();

    /// <summary>The stems related to a word's stem, or none.</summary>
    public static IReadOnlyList<string> Of(string stem) => ByStem.GetValueOrDefault(stem) ?? [];

    /// <summary>Loads the lexicon on the thread pool (once), so the first question does not wait for it.</summary>
    public static Task LoadAsync() => Task.Run(static () => ByStem.Count);

    // A plain dictionary: freezing 48k keys costs more at start than it saves on a few lookups per question. The
    // file is read as spans, and each distinct word is stemmed once, so loading allocates little besides the result.
    private static Dictionary<string, string[]> Load()
    {
        var map = new Dictionary<string, string[]>(50_000, StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(70_000, StringComparer.Ordinal);
        var lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        string StemOf(ReadOnlySpan<char> w)
        {
            if (!lookup.TryGetValue(w, out var stem))
            {
                var word = new string(w);
                stem = Stemmer.Stem(word);
                stems[word] = stem;
            }
            return stem;
        }
        var related = new List<string>(32);
        // WordNet's relations, then the hand-curated ones (related-curated.txt) added to them.
        foreach (var line in Lexicon.Lines("related.txt").Concat(Lexicon.Lines("related-curated.txt")))
        {
            var rest = line.AsSpan();
            var space = rest.IndexOf(' ');
            var head = rest[..space];
            rest = rest[(space + 1)..];
            var underscore = head.IndexOf('_');
            // A phrasal verb is keyed by its verb's stem and its particle, as a question spells it: "wrap up".
            var key = underscore < 0 ? StemOf(head) : StemOf(head[..underscore]) + " " + new string(head[(underscore + 1)..]);
            related.Clear();
            if (map.TryGetValue(key, out var earlier))
            {
                related.AddRange(earlier);
            }
            foreach (var range in rest.Split(' '))
            {
                var stem = StemOf(rest[range]);
                if (stem != key && !related.Contains(stem))
                {
                    related.Add(stem);
                }
            }
            map[key] = [.. related];
        }
        return map;
    }
}
