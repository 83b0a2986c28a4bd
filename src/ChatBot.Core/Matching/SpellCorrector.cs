namespace ChatBot.Core.Matching;

/// <summary>
/// Fixes typos against the words the store actually uses (plus common words), SymSpell-style: single-deletion
/// variants find edit-distance-1 neighbours in constant time; longer words may be two edits away.
/// </summary>
public sealed class SpellCorrector
{
    private readonly Dictionary<string, int> _frequency;
    private readonly string[] _words;
    // Deletion variants are kept as hash → chain of word numbers, not as strings: a 100k-fact store has ~100k of
    // them. A hash collision only proposes an extra candidate, which the edit distance then rejects.
    private readonly Dictionary<int, int> _firstNode = [];
    private readonly List<int> _nodeWord = [];
    private readonly List<int> _nodeNext = [];
    private readonly Dictionary<int, List<string>> _byLength = [];

    public SpellCorrector(IReadOnlyDictionary<string, int> frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        _frequency = new Dictionary<string, int>(frequency, StringComparer.Ordinal);
        _words = [.. _frequency.Keys];
        Span<char> buffer = stackalloc char[64];
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w];
            if (word.Length < 3)
            {
                continue;
            }
            if (word.Length <= buffer.Length + 1)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    var hash = string.GetHashCode(Delete(word, i, buffer));
                    _nodeWord.Add(w);
                    _nodeNext.Add(_firstNode.GetValueOrDefault(hash, -1));
                    _firstNode[hash] = _nodeWord.Count - 1;
                }
            }
            if (!_byLength.TryGetValue(word.Length, out var bucket))
            {
                _byLength[word.Length] = bucket = [];
            }
            bucket.Add(word);
        }
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>How often the store uses a word (0 when never).</summary>
    public int Frequency(string word) => _frequency.GetValueOrDefault(word);

    /// <summary>Every word of the store's vocabulary.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The most frequent known word within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || _frequency.ContainsKey(word) || !word.All(char.IsLetter))
        {
            return null;
        }
        var best = new Best(word, 1);
        if (word.Length <= 64)
        {
            DistanceOne(word, ref best);
        }
        if (best.Word is null && word.Length >= 5)
        {
            best = new Best(word, 2);
            for (var len = word.Length - 2; len <= word.Length + 2; len++)
            {
                if (_byLength.TryGetValue(len, out var bucket))
                {
                    foreach (var c in bucket)
                    {
                        if (c[0] == word[0])
                        {
                            best.Consider(c, _frequency[c]);
                        }
                    }
                }
            }
        }
        return best.Word;
    }

    /// <summary>The most frequent known word one edit away, or null: for names, where two edits is another name.</summary>
    public string? CorrectByOne(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.Length > 64 || _frequency.ContainsKey(word) || !word.All(char.IsLetter))
        {
            return null;
        }
        var best = new Best(word, 1);
        DistanceOne(word, ref best);
        return best.Word;
    }

    private void DistanceOne(string word, ref Best best)
    {
        Chain(string.GetHashCode(word.AsSpan()), ref best);
        Span<char> buffer = stackalloc char[64];
        var alternate = _frequency.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < word.Length; i++)
        {
            var delete = Delete(word, i, buffer);
            if (alternate.TryGetValue(delete, out var key, out var frequency))
            {
                best.Consider(key, frequency);
            }
            Chain(string.GetHashCode(delete), ref best);
        }
    }

    private void Chain(int hash, ref Best best)
    {
        for (var node = _firstNode.GetValueOrDefault(hash, -1); node >= 0; node = _nodeNext[node])
        {
            var candidate = _words[_nodeWord[node]];
            best.Consider(candidate, _frequency[candidate]);
        }
    }

    private static ReadOnlySpan<char> Delete(string word, int at, Span<char> buffer)
    {
        word.AsSpan(0, at).CopyTo(buffer);
        word.AsSpan(at + 1).CopyTo(buffer[at..]);
        return buffer[..(word.Length - 1)];
    }

    /// <summary>Nearest first, then most frequent, then ordinal order, so the choice never depends on hashing.</summary>
    private struct Best(string word, int maxDistance)
    {
        private int _distance = int.MaxValue;
        private int _frequency = -1;

        public string? Word { get; private set; }

        public void Consider(string candidate, int frequency)
        {
            var d = EditDistance.DamerauLevenshtein(word, candidate, maxDistance);
            if (d > maxDistance)
            {
                return;
            }
            if (d < _distance || (d == _distance && (frequency > _frequency ||
                (frequency == _frequency && string.CompareOrdinal(candidate, Word) < 0))))
            {
                (Word, _distance, _frequency) = (candidate, d, frequency);
            }
        }
    }
}
