using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// An immutable snapshot of every active fact in analysed form, with concept document frequencies and the
/// vocabulary for typo correction. Rebuilt whenever the store changes; shared by concurrent questions.
/// </summary>
public sealed class MatchIndex
{
    /// <summary>Weight of a question word stored as a concept ("?who") in a stored question.</summary>
    public const double WhWeight = 0.6;

    private const double MinWeight = 0.2;

    private readonly Dictionary<string, FactProfile> _profiles;
    private readonly Dictionary<string, int> _conceptIds;
    private readonly double[] _weights;
    private readonly int[] _documentFrequency;
    private readonly HashSet<string> _storeWords;
    private readonly double _unseenWeight;
    private readonly FactProfile[] _ordered;
    private readonly int[][] _postings;

    private MatchIndex(
        Dictionary<string, FactProfile> profiles,
        ConceptTable concepts,
        HashSet<string> storeWords,
        SynonymTable synonyms,
        SpellCorrector speller,
        long revision)
    {
        _profiles = profiles;
        _conceptIds = concepts.Ids;
        _documentFrequency = [.. concepts.DocumentFrequency];
        _storeWords = storeWords;
        Synonyms = synonyms;
        Speller = speller;
        Revision = revision;
        _unseenWeight = WeightOf(0);
        _weights = new double[_documentFrequency.Length];
        foreach (var (key, id) in _conceptIds)
        {
            _weights[id] = key[0] == '?' ? WhWeight : WeightOf(_documentFrequency[id]);
        }
        foreach (var (factId, p) in profiles.ToList())
        {
            profiles[factId] = p with
            {
                QuestionWeights = [.. p.Questions.Select(q => q.Sum(c => _weights[c]))],
                AskedConcepts = [.. p.Questions.SelectMany(q => q).Distinct().Order()],
            };
        }
        _ordered = [.. profiles.Values];
        _postings = BuildPostings(_ordered, _documentFrequency);
    }

    /// <summary>The facts (by position, see <see cref="ProfileAt"/>) that mention a concept, ascending.</summary>
    public ReadOnlySpan<int> Postings(int concept) => concept >= 0 ? _postings[concept] : [];

    public FactProfile ProfileAt(int position) => _ordered[position];

    private static int[][] BuildPostings(FactProfile[] facts, int[] documentFrequency)
    {
        var postings = new int[documentFrequency.Length][];
        var fill = new int[documentFrequency.Length];
        for (var c = 0; c < postings.Length; c++)
        {
            postings[c] = new int[documentFrequency[c]];
        }
        for (var f = 0; f < facts.Length; f++)
        {
            foreach (var c in facts[f].Concepts)
            {
                postings[c][fill[c]++] = f;
            }
        }
        return postings;
    }

    public SynonymTable Synonyms { get; }

    public SpellCorrector Speller { get; }

    public long Revision { get; }

    public int FactCount => _profiles.Count;

    public FactProfile? Profile(string factId) => _profiles.GetValueOrDefault(factId);

    /// <summary>The id of a concept some fact uses, or -1.</summary>
    public int ConceptId(string concept) => _conceptIds.GetValueOrDefault(concept, -1);

    public int DocumentFrequency(string concept) => DocumentFrequency(ConceptId(concept));

    public int DocumentFrequency(int concept) => concept >= 0 ? _documentFrequency[concept] : 0;

    /// <summary>Inverse document frequency of a concept: rare concepts say more about which fact is meant.</summary>
    public double Weight(int concept) => concept >= 0 ? _weights[concept] : _unseenWeight;

    /// <summary>Whether a fact's text uses this exact word (full-text search needs no other words).</summary>
    public bool IsStoreWord(string word) => _storeWords.Contains(word);

    private double WeightOf(int df) => Math.Max(MinWeight, Math.Log((_profiles.Count + 1.0) / (df + 0.5)));

    public static MatchIndex Build(IEnumerable<Fact> facts, SynonymTable synonyms, long revision = 0)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(synonyms);
        var profiles = new Dictionary<string, FactProfile>(StringComparer.Ordinal);
        var concepts = new ConceptTable();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new HashSet<int>();
        foreach (var fact in facts.Where(f => f.Status == FactStatus.Active))
        {
            all.Clear();
            foreach (var text in fact.AllQuestions.Append(fact.Answer).Concat(fact.Quotes.Select(q => q.Text)).Concat(fact.Tags))
            {
                foreach (var token in Tokenizer.Tokenize(text))
                {
                    vocabulary[token] = vocabulary.GetValueOrDefault(token) + 1;
                    if (!Lexicon.IsStopWord(token))
                    {
                        all.Add(concepts.Intern(synonyms.ConceptOf(Stemmer.Stem(token))));
                    }
                }
            }
            var questions = fact.AllQuestions.Select(q => QuestionConcepts(q, synonyms, concepts)).ToArray();
            var sorted = all.ToArray();
            Array.Sort(sorted);
            profiles[fact.Id] = new FactProfile(fact.Id, sorted, questions, AnswerKinds.Infer(fact.Answer));
            concepts.Count(sorted);
        }
        var storeWords = new HashSet<string>(vocabulary.Keys, StringComparer.Ordinal);
        // Common words are known words too: a typo must be fixed to "many", not to some rare store word.
        foreach (var stop in Lexicon.StopWords)
        {
            vocabulary[stop] = vocabulary.GetValueOrDefault(stop) + 1000;
        }
        foreach (var word in synonyms.AllWords)
        {
            vocabulary.TryAdd(word, 1);
        }
        return new MatchIndex(profiles, concepts, storeWords, synonyms, new SpellCorrector(vocabulary), revision);
    }

    /// <summary>Concepts of a stored question, plus its question word so "why" questions prefer "why" facts.</summary>
    private static int[] QuestionConcepts(string question, SynonymTable synonyms, ConceptTable concepts)
    {
        var tokens = Tokenizer.Tokenize(question);
        var set = new HashSet<int>();
        foreach (var t in tokens)
        {
            if (!Lexicon.IsStopWord(t))
            {
                set.Add(concepts.Intern(synonyms.ConceptOf(Stemmer.Stem(t))));
            }
        }
        if (QuestionAnalyzer.WhWordOf(tokens) is { } wh)
        {
            set.Add(concepts.Intern(wh));
        }
        var sorted = set.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
