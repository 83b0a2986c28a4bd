namespace ChatBot.Core.Matching;

/// <summary>
/// Groups of interchangeable words. Every word's stem maps to one concept key, so "killed", "died" and
/// "fatalities" count as the same thing on both sides of a comparison.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, int> _groupOfStem = new(StringComparer.Ordinal);
    private readonly List<string[]> _words = [];

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            var words = group.SelectMany(w => Tokenizer.Tokenize(w)).Distinct(StringComparer.Ordinal).ToArray();
            if (words.Length < 2)
            {
                continue;
            }
            // A word listed in two groups joins them: synonymy is treated as transitive.
            var existing = words.Select(w => _groupOfStem.GetValueOrDefault(Stemmer.Stem(w), -1)).Where(g => g >= 0)
                .Distinct().ToList();
            var id = existing.Count > 0 ? existing[0] : _words.Count;
            if (existing.Count == 0)
            {
                _words.Add([]);
            }
            var merged = new HashSet<string>(_words[id], StringComparer.Ordinal);
            merged.UnionWith(words);
            foreach (var other in existing.Skip(1))
            {
                merged.UnionWith(_words[other]);
                _words[other] = [];
            }
            _words[id] = [.. merged];
            foreach (var w in merged)
            {
                _groupOfStem[Stemmer.Stem(w)] = id;
            }
        }
    }

    public static SynonymTable Empty { get; } = new([]);

    /// <summary>The concept key of a stem: its group's key when it has synonyms, else the stem itself.</summary>
    public string ConceptOf(string stem) =>
        _groupOfStem.TryGetValue(stem, out var id) ? GroupKeys[id] : stem;

    /// <summary>All surface words of the stem's group (empty when it has none).</summary>
    public IReadOnlyList<string> WordsOf(string stem) =>
        _groupOfStem.TryGetValue(stem, out var id) ? _words[id] : [];

    public IEnumerable<string> AllWords => _words.SelectMany(w => w);

    private string[] GroupKeys => _keys ??= [.. Enumerable.Range(0, _words.Count).Select(i => "#" + i)];

    private string[]? _keys;
}
