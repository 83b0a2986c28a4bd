namespace ChatBot.Core.Matching;

/// <summary>
/// Fixes typos against the words the store actually uses (plus common words), SymSpell-style: single-deletion
/// variants find edit-distance-1 neighbours in constant time; longer words may be two edits away.
/// </summary>
public sealed class SpellCorrector
{
    private readonly Dictionary<string, int> _frequency;
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];

    public SpellCorrector(IReadOnlyDictionary<string, int> frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        _frequency = new Dictionary<string, int>(frequency, StringComparer.Ordinal);
        foreach (var word in _frequency.Keys)
        {
            if (word.Length < 3)
            {
                continue;
            }
            foreach (var d in Deletes(word))
            {
                if (!_deletes.TryGetValue(d, out var list))
                {
                    _deletes[d] = list = [];
                }
                list.Add(word);
            }
            if (!_byLength.TryGetValue(word.Length, out var bucket))
            {
                _byLength[word.Length] = bucket = [];
            }
            bucket.Add(word);
        }
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The most frequent known word within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || _frequency.ContainsKey(word) || !word.All(char.IsLetter))
        {
            return null;
        }
        var best = BestOf(DistanceOneCandidates(word), word, 1);
        if (best is null && word.Length >= 5)
        {
            var near = Enumerable.Range(word.Length - 2, 5)
                .SelectMany(len => _byLength.TryGetValue(len, out var b) ? b : [])
                .Where(c => c[0] == word[0]);
            best = BestOf(near, word, 2);
        }
        return best;
    }

    private IEnumerable<string> DistanceOneCandidates(string word)
    {
        if (_deletes.TryGetValue(word, out var longer))
        {
            foreach (var w in longer)
            {
                yield return w;
            }
        }
        foreach (var d in Deletes(word))
        {
            if (_frequency.ContainsKey(d))
            {
                yield return d;
            }
            if (_deletes.TryGetValue(d, out var same))
            {
                foreach (var w in same)
                {
                    yield return w;
                }
            }
        }
    }

    private string? BestOf(IEnumerable<string> candidates, string word, int maxDistance)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = -1;
        foreach (var c in candidates)
        {
            var d = EditDistance.DamerauLevenshtein(word, c, maxDistance);
            if (d > maxDistance)
            {
                continue;
            }
            var f = _frequency[c];
            if (d < bestDistance || (d == bestDistance && (f > bestFrequency ||
                (f == bestFrequency && string.CompareOrdinal(c, best) < 0))))
            {
                (best, bestDistance, bestFrequency) = (c, d, f);
            }
        }
        return best;
    }

    private static IEnumerable<string> Deletes(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
