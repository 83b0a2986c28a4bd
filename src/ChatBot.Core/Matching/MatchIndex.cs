using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// An immutable snapshot of every active fact in analysed form, with concept document frequencies, postings and the
/// vocabulary for typo correction. Rebuilt whenever the store changes; shared by concurrent questions.
/// Everything per fact lives in a few flat arrays (see <see cref="MatchIndexBuilder"/>): a store of 100k facts
/// would otherwise be millions of small objects.
/// </summary>
public sealed class MatchIndex
{
    /// <summary>Weight of a question word stored as a concept ("?who") in a stored question.</summary>
    public const double WhWeight = 0.6;

    private readonly MatchIndexData _d;
    private readonly double _unseenWeight;

    internal MatchIndex(MatchIndexData data, SynonymTable synonyms, SpellCorrector speller, long revision)
    {
        _d = data;
        Synonyms = synonyms;
        Speller = speller;
        Revision = revision;
        _unseenWeight = MatchIndexData.WeightOf(0, data.FactIds.Length);
        _names = new Lazy<Languages.NameSkeletons>(() => Languages.NameSkeletons.Build(speller.Words, w => synonyms.ConceptOf(Stemmer.Stem(w)), speller.Frequency));
    }

    private readonly Lazy<Languages.NameSkeletons> _names;

    /// <summary>The store's names by their consonants, for names another language spells otherwise (built on first use).</summary>
    public Languages.NameSkeletons Names => _names.Value;

    public SynonymTable Synonyms { get; }

    public SpellCorrector Speller { get; }

    public long Revision { get; }

    private Lazy<Task<PassageIndex>>? _passages;

    /// <summary>
    /// The stored sources' sentences, for questions no fact answers. Built apart from the facts' index, so it does not
    /// delay start-up: in the background at once for the bot, or when first needed for a one-off `ask`.
    /// </summary>
    public Task<PassageIndex> PassagesAsync() => _passages?.Value ?? Task.FromResult(PassageIndex.Empty);

    internal void SetPassages(Lazy<Task<PassageIndex>> passages) => _passages = passages;

    public int FactCount => _d.FactIds.Length;

    public static MatchIndex Build(IEnumerable<Fact> facts, SynonymTable synonyms, long revision = 0)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var builder = new MatchIndexBuilder(synonyms);
        foreach (var fact in facts)
        {
            builder.Add(fact);
        }
        return builder.Build(revision);
    }

    /// <summary>The fact's analysed form, or false when no active fact has this id.</summary>
    public bool TryGetProfile(string factId, out FactProfile profile)
    {
        var found = _d.Positions.TryGetValue(factId, out var position);
        profile = found ? new FactProfile(this, position) : default;
        return found;
    }

    public FactProfile ProfileAt(int position) => new(this, position);

    /// <summary>
    /// The facts that mention a concept, ascending by position, each shifted left by one with the low bit set when
    /// the concept is in one of the fact's stored questions (what the fact is asked about, not just quoted).
    /// </summary>
    public ReadOnlySpan<int> Postings(int concept) =>
        concept >= 0 ? _d.Postings.AsSpan(_d.PostingStart[concept], _d.PostingStart[concept + 1] - _d.PostingStart[concept]) : [];

    /// <summary>All postings in one array; a concept's run is [PostingStart(c), PostingStart(c + 1)).</summary>
    internal int[] AllPostings => _d.Postings;

    internal int PostingStart(int concept) => _d.PostingStart[concept];

    /// <summary>The id of a concept some fact uses, or -1.</summary>
    public int ConceptId(string concept) => _d.ConceptIds.GetValueOrDefault(concept, -1);

    /// <summary>The id of the concept a word stands for (its stem, through the synonyms), or -1 when no fact uses it.</summary>
    public int WordId(string word) => ConceptId(Synonyms.ConceptOf(Stemmer.Stem(word)));

    public int DocumentFrequency(int concept) => concept >= 0 ? _d.DocumentFrequency[concept] : 0;

    /// <summary>Inverse document frequency of a concept: rare concepts say more about which fact is meant.</summary>
    public double Weight(int concept) => concept >= 0 ? _d.Weights[concept] : _unseenWeight;

    internal string FactIdAt(int position) => _d.FactIds[position];

    internal AnswerKind KindsAt(int position) => _d.Kinds[position];

    internal ulong FocusAt(int position) => _d.Focus[position];

    internal ReadOnlySpan<long> AffiliationsAt(int position) =>
        _d.Pairs.AsSpan(_d.PairStart[position], _d.PairStart[position + 1] - _d.PairStart[position]);

    /// <summary>The id of an owner of a role some fact names ("russia" in "Russia's foreign minister"), or -1.</summary>
    public int OwnerId(string owner) => _d.Owners.GetValueOrDefault(owner, -1);

    internal ReadOnlySpan<int> ConceptsAt(int position) =>
        _d.Concepts.AsSpan(_d.ConceptStart[position], _d.ConceptStart[position + 1] - _d.ConceptStart[position]);

    internal ReadOnlySpan<int> CountedAt(int position) =>
        _d.Counted.AsSpan(_d.CountedStart[position], _d.CountedStart[position + 1] - _d.CountedStart[position]);

    internal ReadOnlySpan<int> UnnamedAt(int position) =>
        _d.Unnamed.AsSpan(_d.UnnamedStart[position], _d.UnnamedStart[position + 1] - _d.UnnamedStart[position]);

    internal ReadOnlySpan<int> TitledAt(int position) =>
        _d.Titled.AsSpan(_d.TitledStart[position], _d.TitledStart[position + 1] - _d.TitledStart[position]);

    internal ReadOnlySpan<int> SpeakersAt(int position) =>
        _d.Speakers.AsSpan(_d.SpeakerStart[position], _d.SpeakerStart[position + 1] - _d.SpeakerStart[position]);

    internal ReadOnlySpan<int> PlacesAt(int position) =>
        _d.Places.AsSpan(_d.PlaceStart[position], _d.PlaceStart[position + 1] - _d.PlaceStart[position]);

    internal ReadOnlySpan<int> StatedAt(int position) =>
        _d.Stated.AsSpan(_d.StatedStart[position], _d.StatedStart[position + 1] - _d.StatedStart[position]);

    /// <summary>Whether the fact's sentence <paramref name="i"/> is a quoted one that gives a time.</summary>
    internal bool SentenceDatedAt(int position, int i) => _d.SentenceDated[_d.FactSentenceStart[position] + i];

    internal int SentenceCountAt(int position) => _d.FactSentenceStart[position + 1] - _d.FactSentenceStart[position];

    internal ReadOnlySpan<int> SentenceAt(int position, int i)
    {
        var n = _d.FactSentenceStart[position] + i;
        return _d.SentenceConcepts.AsSpan(_d.SentenceStart[n], _d.SentenceStart[n + 1] - _d.SentenceStart[n]);
    }

    internal int QuestionCountAt(int position) => _d.QuestionStart[position + 1] - _d.QuestionStart[position];

    internal ReadOnlySpan<int> QuestionAt(int position, int i)
    {
        var q = _d.QuestionStart[position] + i;
        return _d.QuestionConcepts.AsSpan(_d.QuestionConceptStart[q], _d.QuestionConceptStart[q + 1] - _d.QuestionConceptStart[q]);
    }

    internal double QuestionWeightAt(int position, int i) => _d.QuestionWeights[_d.QuestionStart[position] + i];
}
