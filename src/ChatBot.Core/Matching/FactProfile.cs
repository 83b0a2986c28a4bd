namespace ChatBot.Core.Matching;

/// <summary>
/// The analysed form of one fact, read in place from the index's shared arrays: every concept it mentions, and
/// those of each stored question with that question's total weight. A view, so scoring a candidate allocates nothing.
/// </summary>
public readonly partial struct FactProfile
{
    private readonly MatchIndex _index;

    internal FactProfile(MatchIndex index, int position)
    {
        _index = index;
        Position = position;
    }

    public int Position { get; }

    public string FactId => _index.FactIdAt(Position);

    public AnswerKind Kinds => _index.KindsAt(Position);

    /// <summary>The focus groups (Lexicon/focus.txt) the fact's questions, answer and quotes use, one bit each.</summary>
    public ulong Focus => _index.FocusAt(Position);

    /// <summary>The owned roles the fact names ("Russia's foreign minister"), packed by <see cref="Affiliation"/>, sorted.</summary>
    public ReadOnlySpan<long> Affiliations => _index.AffiliationsAt(Position);

    /// <summary>Every concept the fact's questions, answer, quotes and tags mention, sorted.</summary>
    public ReadOnlySpan<int> Concepts => _index.ConceptsAt(Position);

    /// <summary>The concepts the fact's answer and quotes count: the words right after a number ("26 people"), sorted.</summary>
    public ReadOnlySpan<int> Counted => _index.CountedAt(Position);

    /// <summary>
    /// The concepts the fact's answer and quotes only speak of indefinitely ("a nearby village") and never write as
    /// part of a name ("the Kessel Dam"), sorted.
    /// </summary>
    public ReadOnlySpan<int> Unnamed => _index.UnnamedAt(Position);

    /// <summary>The names the fact's answer and quotes give a title or role next to ("Ambassador Orrin Vale"), sorted.</summary>
    public ReadOnlySpan<int> Titled => _index.TitledAt(Position);

    /// <summary>The names the fact's answer and quotes report as speaking ("Orrin Vale said…"), sorted.</summary>
    public ReadOnlySpan<int> Speakers => _index.SpeakersAt(Position);

    /// <summary>The names the fact's answer and quotes give as places ("in Ostrava", "to Telsar"), sorted.</summary>
    public ReadOnlySpan<int> Places => _index.PlacesAt(Position);

    /// <summary>
    /// The concepts the fact's answer and quotes use, sorted: what the fact itself states, apart from the words of the
    /// questions curators stored for it and its tags.
    /// </summary>
    public ReadOnlySpan<int> Stated => _index.StatedAt(Position);

    public bool States(int concept) => Has(Stated, concept);

    public int QuestionCount => _index.QuestionCountAt(Position);

    /// <summary>The concepts of one stored question (with its question word, e.g. "?who"), sorted.</summary>
    public ReadOnlySpan<int> Question(int i) => _index.QuestionAt(Position, i);

    public double QuestionWeight(int i) => _index.QuestionWeightAt(Position, i);

    public bool Mentions(int concept) => Has(Concepts, concept);

    public static bool Has(ReadOnlySpan<int> sortedConcepts, int concept) => concept >= 0 && sortedConcepts.BinarySearch(concept) >= 0;

    /// <summary>The fact's answer or quotes state a word related to the question word ("completed" for "finished").</summary>
    public bool StatesRelated(QueryConcept concept) => HasAny(Stated, concept.Related);

    /// <summary>Whether the fact's own answer or quotes state any of the concepts.</summary>
    public bool StatesAny(int[] concepts) => HasAny(Stated, concepts);

    /// <summary>The fact gives a title or role next to a name the question asks about ("Deputy Trade Minister Corla Denn").</summary>
    public bool TitlesNameOf(AnalyzedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // By index: a foreach over the interface would allocate an enumerator on the answer path.
        for (var i = 0; i < question.Concepts.Count; i++)
        {
            var concept = question.Concepts[i];
            if (concept.IsName && Has(Titled, concept.Id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One sentence of the fact's answer or quotes holds every word of the question asked after its preamble, itself
    /// or by a related word (not for a light word): the fact states what is asked in one place, not in pieces.
    /// </summary>
    public bool StatesInOneSentence(AnalyzedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var count = _index.SentenceCountAt(Position);
        for (var s = 0; s < count; s++)
        {
            var sentence = _index.SentenceAt(Position, s);
            var all = true;
            for (var ci = 0; ci < question.Concepts.Count && all; ci++)
            {
                var concept = question.Concepts[ci];
                all = concept.InPreamble || Has(sentence, concept.Id) ||
                    (!Lexicon.LightWords.Contains(concept.Word) && HasAny(sentence, concept.Related));
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasAny(ReadOnlySpan<int> sorted, int[] ids)
    {
        foreach (var id in ids)
        {
            if (Has(sorted, id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The fact holds anywhere, its curators' questions included, a word related to the question word.</summary>
    public bool MentionsRelated(QueryConcept concept) => HasAny(Concepts, concept.Related);
}
