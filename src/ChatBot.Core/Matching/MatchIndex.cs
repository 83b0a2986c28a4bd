using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// An immutable snapshot of every active fact in analysed form, with concept document frequencies and the
/// vocabulary for typo correction. Rebuilt whenever the store changes; shared by concurrent questions.
/// </summary>
public sealed class MatchIndex
{
    private readonly Dictionary<string, FactProfile> _profiles;
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly HashSet<string> _storeWords;
    private readonly double _unseenWeight;

    private MatchIndex(
        Dictionary<string, FactProfile> profiles,
        Dictionary<string, int> documentFrequency,
        HashSet<string> storeWords,
        SynonymTable synonyms,
        SpellCorrector speller,
        long revision)
    {
        _profiles = profiles;
        _documentFrequency = documentFrequency;
        _storeWords = storeWords;
        Synonyms = synonyms;
        Speller = speller;
        Revision = revision;
        _unseenWeight = WeightOf(0);
        foreach (var (id, p) in profiles.ToList())
        {
            profiles[id] = p with { QuestionWeights = [.. p.Questions.Select(q => q.Sum(QuestionConceptWeight))] };
        }
    }

    /// <summary>Weight of a question word stored as a concept ("?who") in a stored question.</summary>
    public const double WhWeight = 0.6;

    private const double MinWeight = 0.2;

    /// <summary>Inverse document frequency of a concept: rare concepts say more about which fact is meant.</summary>
    public double Weight(string concept) =>
        _documentFrequency.TryGetValue(concept, out var df) ? WeightOf(df) : _unseenWeight;

    /// <summary>Whether a fact's text uses this exact word (full-text search needs no other words).</summary>
    public bool IsStoreWord(string word) => _storeWords.Contains(word);

    private double WeightOf(int df) => Math.Max(MinWeight, Math.Log((_profiles.Count + 1.0) / (df + 0.5)));

    private double QuestionConceptWeight(string concept) => concept[0] == '?' ? WhWeight : Weight(concept);

    public SynonymTable Synonyms { get; }

    public SpellCorrector Speller { get; }

    public long Revision { get; }

    public int FactCount => _profiles.Count;

    public FactProfile? Profile(string factId) => _profiles.GetValueOrDefault(factId);

    public int DocumentFrequency(string concept) => _documentFrequency.GetValueOrDefault(concept);

    public static MatchIndex Build(IEnumerable<Fact> facts, SynonymTable synonyms, long revision = 0)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(synonyms);
        var profiles = new Dictionary<string, FactProfile>(StringComparer.Ordinal);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in facts.Where(f => f.Status == FactStatus.Active))
        {
            var texts = fact.AllQuestions.Append(fact.Answer).Concat(fact.Quotes.Select(q => q.Text)).Concat(fact.Tags);
            var all = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                foreach (var token in Tokenizer.Tokenize(text))
                {
                    vocabulary[token] = vocabulary.GetValueOrDefault(token) + 1;
                    if (!Lexicon.IsStopWord(token))
                    {
                        all.Add(synonyms.ConceptOf(Stemmer.Stem(token)));
                    }
                }
            }
            var questions = fact.AllQuestions.Select(q => (IReadOnlySet<string>)QuestionConcepts(q, synonyms)).ToList();
            profiles[fact.Id] = new FactProfile(fact.Id, all, questions, AnswerKinds.Infer(fact.Answer));
            foreach (var concept in all)
            {
                df[concept] = df.GetValueOrDefault(concept) + 1;
            }
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
        return new MatchIndex(profiles, df, storeWords, synonyms, new SpellCorrector(vocabulary), revision);
    }

    /// <summary>Concepts of a stored question, plus its question word so "why" questions prefer "why" facts.</summary>
    private static HashSet<string> QuestionConcepts(string question, SynonymTable synonyms)
    {
        var tokens = Tokenizer.Tokenize(question);
        var set = tokens.Where(t => !Lexicon.IsStopWord(t))
            .Select(t => synonyms.ConceptOf(Stemmer.Stem(t)))
            .ToHashSet(StringComparer.Ordinal);
        if (QuestionAnalyzer.WhWordOf(tokens) is { } wh)
        {
            set.Add(wh);
        }
        return set;
    }
}
