using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// Builds a <see cref="MatchIndex"/> from facts streamed one at a time, so a large store is never held in memory
/// whole. Each distinct word is analysed once (stop word? stem, synonym group, concept id) and remembered; the
/// millions of repeated words that follow cost a dictionary lookup on a span and allocate nothing.
/// </summary>
public sealed class MatchIndexBuilder
{
    private const int WhWindow = 7;
    // How many meaningful words after a number it may count: "26 people", "three more children".
    private const int CountWindow = 2;

    private readonly SynonymTable _synonyms;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly List<string> _termText = [];
    private readonly List<int> _termConcept = [];
    private readonly List<int> _termCount = [];
    private readonly List<bool> _termIsNumber = [];
    private readonly List<sbyte> _termFocus = [];
    private readonly Dictionary<string, int> _conceptIds = new(StringComparer.Ordinal);
    private readonly List<string> _conceptKeys = [];
    private readonly List<int> _documentFrequency = [];
    private readonly List<int> _lastFact = [];

    private readonly List<string> _factIds = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<AnswerKind> _kinds = [];
    private readonly List<ulong> _focus = [];
    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
    private readonly List<int> _pairStart = [0];
    private readonly List<long> _pairs = [];
    private readonly List<long> _pairScratch = [];
    private readonly List<string> _textWords = [];
    private readonly List<int> _textTerms = [];
    private readonly List<Affiliations.Word> _textInfo = [];
    private readonly List<Affiliations.Word> _termInfo = [];
    private readonly List<(string Owner, int Role)> _found = [];
    private ulong _focusScratch;
    private readonly List<int> _conceptStart = [0];
    private readonly List<int> _concepts = [];
    private readonly List<int> _questionStart = [0];
    private readonly List<int> _questionConceptStart = [0];
    private readonly List<int> _questionConcepts = [];
    private readonly List<int> _countedStart = [0];
    private readonly List<int> _counted = [];
    private readonly List<int> _scratch = [];
    private readonly List<int> _countedScratch = [];
    private readonly List<int> _titledStart = [0];
    private readonly List<int> _titled = [];
    private readonly List<int> _titledScratch = [];
    private readonly List<bool> _textCapital = [];
    private readonly List<bool> _textUpper = [];
    private readonly List<int> _speakerStart = [0];
    private readonly List<int> _speakers = [];
    private readonly List<int> _speakerScratch = [];
    private readonly List<int> _placeStart = [0];
    private readonly List<int> _places = [];
    private readonly List<int> _placeScratch = [];
    private readonly List<int> _unnamedStart = [0];
    private readonly List<int> _unnamed = [];
    private readonly List<int> _namedScratch = [];
    private readonly List<int> _indefiniteScratch = [];
    private readonly List<string> _firstWords = [];
    private char[] _buffer = new char[256];
    private bool _built;

    public MatchIndexBuilder(SynonymTable synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        _synonyms = synonyms;
        _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// A question a curator stored in Ukrainian or Russian (attached from /unanswered), in the English words a question
    /// in that language is matched by. Only Cyrillic is checked here: it costs a scan of the letters, where telling
    /// German or French from English would cost a lookup of every word of every stored question.
    /// </summary>
    private static string Glossed(string question, Fact fact) =>
        Languages.Script.HasCyrillic(question) ? Languages.Glosser.Shared.GlossFor(question, null, EnglishTexts(fact)).Text : question;

    /// <summary>The fact's own English words, which name its people as the store spells them.</summary>
    private static IEnumerable<string> EnglishTexts(Fact fact)
    {
        yield return fact.Question;
        yield return fact.Answer;
        foreach (var quote in fact.Quotes)
        {
            yield return quote.Text;
        }
    }

    /// <summary>Adds an active fact; retired facts and a repeated id are skipped.</summary>
    public void Add(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ThrowIfBuilt();
        if (fact.Status != FactStatus.Active || !_positions.TryAdd(fact.Id, _factIds.Count))
        {
            return;
        }
        var position = _factIds.Count;
        _factIds.Add(fact.Id);
        _kinds.Add(AnswerKinds.Infer(fact.Answer));
        _scratch.Clear();
        _countedScratch.Clear();
        _namedScratch.Clear();
        _indefiniteScratch.Clear();
        _titledScratch.Clear();
        _speakerScratch.Clear();
        _placeScratch.Clear();
        _focusScratch = 0;
        _pairScratch.Clear();
        AddMentions(fact.Question, position, counts: false);
        foreach (var text in fact.Alternates)
        {
            AddMentions(Glossed(text, fact), position, counts: false);
        }
        AddMentions(fact.Answer, position, counts: true);
        foreach (var quote in fact.Quotes)
        {
            AddMentions(quote.Text, position, counts: true);
        }
        foreach (var tag in fact.Tags)
        {
            AddMentions(tag, position, counts: false);
        }
        AppendSorted(_scratch, _concepts);
        _conceptStart.Add(_concepts.Count);
        AppendSorted(_countedScratch, _counted);
        _countedStart.Add(_counted.Count);
        // Said only as "a village", "a former hospital director": the fact never names it.
        _indefiniteScratch.RemoveAll(_namedScratch.Contains);
        AppendSorted(_indefiniteScratch, _unnamed);
        _unnamedStart.Add(_unnamed.Count);
        AppendSorted(_titledScratch, _titled);
        _titledStart.Add(_titled.Count);
        AppendSorted(_speakerScratch, _speakers);
        _speakerStart.Add(_speakers.Count);
        AppendSorted(_placeScratch, _places);
        _placeStart.Add(_places.Count);
        foreach (var c in _scratch)
        {
            _documentFrequency[c]++;
        }
        AddQuestion(fact.Question);
        foreach (var text in fact.Alternates)
        {
            AddQuestion(Glossed(text, fact));
        }
        _questionStart.Add(_questionConceptStart.Count - 1);
        _focus.Add(_focusScratch);
        CollectionsMarshal.AsSpan(_pairScratch).Sort();
        _pairs.AddRange(_pairScratch);
        _pairStart.Add(_pairs.Count);
    }

    /// <summary>The index of the facts added; once. The index takes over the builder's tables.</summary>
    /// <param name="revision">The store revision the facts were read at.</param>
    /// <param name="speller">A spelling corrector to share (the facts' one, for the sentences of the sources), or null
    /// to build one from this index's words.</param>
    public MatchIndex Build(long revision = 0, SpellCorrector? speller = null)
    {
        ThrowIfBuilt();
        _built = true;
        var n = _factIds.Count;
        var weights = new double[_conceptKeys.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            weights[c] = _conceptKeys[c][0] == '?' ? MatchIndex.WhWeight : MatchIndexData.WeightOf(_documentFrequency[c], n);
        }
        var questionWeights = new double[_questionConceptStart.Count - 1];
        var questionConcepts = CollectionsMarshal.AsSpan(_questionConcepts);
        for (var q = 0; q < questionWeights.Length; q++)
        {
            foreach (var c in questionConcepts[_questionConceptStart[q].._questionConceptStart[q + 1]])
            {
                questionWeights[q] += weights[c];
            }
        }
        var data = new MatchIndexData(
            [.. _factIds], _positions, [.. _kinds], [.. _focus], [.. _pairStart], [.. _pairs], _owners, [.. _conceptStart], [.. _concepts], [.. _questionStart],
            [.. _questionConceptStart], [.. _questionConcepts], questionWeights, [.. _countedStart], [.. _counted], [.. _unnamedStart], [.. _unnamed], [.. _titledStart], [.. _titled], [.. _speakerStart], [.. _speakers], [.. _placeStart], [.. _places], _conceptIds,
            [.. _documentFrequency], weights, [], []);
        data = data.WithPostings();
        return new MatchIndex(data, _synonyms, speller ?? new SpellCorrector(Vocabulary()), revision);
    }

    /// <param name="counts">Whether the text states facts, so the words right after a number are what it counts.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMentions(string text, int position, bool counts)
    {
        var reader = new TokenReader(text, Buffer(text.Length));
        var window = 0;
        _textWords.Clear();
        _textTerms.Clear();
        _textInfo.Clear();
        _textCapital.Clear();
        _textUpper.Clear();
        var roles = false;
        var before = -1;
        // Which words the fact names ("the Orlan Dam", "Deputy Water Minister", "the Tolleck bridge") and which it only
        // speaks of indefinitely ("a nearby village"): "Which village…?" is not answered by the second kind.
        var previousRare = false;
        var afterArticle = 0;
        bool namedBefore = false, lastCapital = false, apposition = false;
        int last = -1, beforeLast = -1;
        while (reader.Next(out var token))
        {
            var term = Term(token);
            var capitalized = false;
            if (counts)
            {
                var capital = char.IsUpper(text[reader.TokenStart]) && !OpensSentence(text, reader.TokenStart);
                capitalized = capital;
                var rare = capital && Lexicon.RarityOf(_termText[term]) == WordRarity.Rare;
                if (capital || previousRare)
                {
                    NoteNamed(_termConcept[term]);
                }
                if (capital)
                {
                    // "the Orlan Dam"; "a visit to Turkey", "a summit in Anchorage": named by the name after it.
                    NoteNamed(last);
                    NoteNamed(beforeLast);
                }
                if (afterArticle > 0 && !capital && _termConcept[term] >= 0 && !_indefiniteScratch.Contains(_termConcept[term]) &&
                    !(apposition && afterArticle == IndefiniteWindow))
                {
                    _indefiniteScratch.Add(_termConcept[term]);
                }
                // "Korrigan, a former hospital director": an apposition's first word describes the name; the rest need not.
                if (token is "a" or "an")
                {
                    apposition = lastCapital && reader.TokenStart >= 2 && text[reader.TokenStart - 2] == ',';
                }
                afterArticle = IsIndefinite(token) && !namedBefore ? IndefiniteWindow : capital ? 0 : afterArticle - 1;
                // "The Sulva Basin Relief Fund is an aid organisation": the name says which.
                namedBefore = lastCapital && token is "is" or "was";
                lastCapital = capital;
                beforeLast = last;
                last = _termConcept[term];
                previousRare = rare;
            }
            _termCount[term]++;
            NoteFocus(term);
            _textWords.Add(_termText[term]);
            _textTerms.Add(term);
            _textInfo.Add(_termInfo[term]);
            _textCapital.Add(capitalized);
            _textUpper.Add(counts && char.IsUpper(text[reader.TokenStart]));
            roles |= _termInfo[term].IsRole;
            var concept = _termConcept[term];
            if (counts && _termIsNumber[term])
            {
                window = CountWindow;
                // "The attack killed 14 people and injured 37": the verb before a number counts too.
                if (before >= 0 && !_countedScratch.Contains(before))
                {
                    _countedScratch.Add(before);
                }
                before = -1;
            }
            else if (window > 0 && concept >= 0)
            {
                window--;
                if (!_countedScratch.Contains(concept))
                {
                    _countedScratch.Add(concept);
                }
            }
            if (concept >= 0 && !_termIsNumber[term])
            {
                before = concept;
            }
            if (concept >= 0 && _lastFact[concept] != position + 1)
            {
                _lastFact[concept] = position + 1;
                _scratch.Add(concept);
            }
        }
        if (roles && counts)
        {
            TitledNames.Find(CollectionsMarshal.AsSpan(_textInfo), CollectionsMarshal.AsSpan(_textCapital), CollectionsMarshal.AsSpan(_textTerms), _termConcept, _titledScratch);
        }
        if (counts)
        {
            SpeakerNames.Find(CollectionsMarshal.AsSpan(_textInfo), CollectionsMarshal.AsSpan(_textUpper), CollectionsMarshal.AsSpan(_textWords),
                CollectionsMarshal.AsSpan(_textTerms), _termConcept, _speakerScratch);
            PlaceNames.Find(CollectionsMarshal.AsSpan(_textUpper), CollectionsMarshal.AsSpan(_textWords),
                CollectionsMarshal.AsSpan(_textTerms), _termConcept, _placeScratch);
        }
        if (roles)
        {
            _found.Clear();
            Affiliations.Find(CollectionsMarshal.AsSpan(_textInfo), CollectionsMarshal.AsSpan(_textWords), _found);
            foreach (var (owner, role) in _found)
            {
                NotePair(owner, _termConcept[_textTerms[role]]);
            }
        }
    }

    /// <summary>Concepts of a stored question, plus its question word so "why" questions prefer "why" facts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddQuestion(string question)
    {
        var start = _questionConcepts.Count;
        _firstWords.Clear();
        var reader = new TokenReader(question, Buffer(question.Length));
        while (reader.Next(out var token))
        {
            var term = Term(token);
            NoteFocus(term);
            if (_firstWords.Count < WhWindow)
            {
                _firstWords.Add(_termText[term]);
            }
            var concept = _termConcept[term];
            if (concept >= 0 && !CollectionsMarshal.AsSpan(_questionConcepts)[start..].Contains(concept))
            {
                _questionConcepts.Add(concept);
            }
        }
        if (QuestionAnalyzer.WhWordOf(_firstWords) is { } wh)
        {
            var concept = Intern(wh);
            if (!CollectionsMarshal.AsSpan(_questionConcepts)[start..].Contains(concept))
            {
                _questionConcepts.Add(concept);
            }
        }
        CollectionsMarshal.AsSpan(_questionConcepts)[start..].Sort();
        _questionConceptStart.Add(_questionConcepts.Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Term(ReadOnlySpan<char> token)
    {
        if (_termLookup.TryGetValue(token, out var term))
        {
            return term;
        }
        var text = new string(token);
        term = _termText.Count;
        _terms[text] = term;
        _termText.Add(text);
        _termCount.Add(0);
        _termIsNumber.Add(AnswerKinds.IsNumber(text));
        _termFocus.Add((sbyte)Lexicon.FocusGroupOf(text));
        _termInfo.Add(Affiliations.Describe(text));
        _termConcept.Add(Lexicon.IsStopWord(text) ? -1 : Intern(_synonyms.ConceptOf(Stemmer.Stem(text))));
        return term;
    }

    // "a nearby village", "a former hospital director": the words an indefinite article governs.
    private const int IndefiniteWindow = 2;

    // "concede certain territories", "some officials": a determiner that speaks of things without saying which.
    private static bool IsIndefinite(ReadOnlySpan<char> token) =>
        token is "a" or "an" or "certain" or "some" or "several" or "unspecified" or "various";

    private void NoteNamed(int concept)
    {
        if (concept >= 0 && !_namedScratch.Contains(concept))
        {
            _namedScratch.Add(concept);
        }
    }

    /// <summary>Whether a word stands first in its sentence, where every word is capitalised.</summary>
    private static bool OpensSentence(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
            if (c is '.' or '!' or '?' or ':' or '\n')
            {
                return true;
            }
        }
        return true;
    }

    private void NotePair(string owner, int concept)
    {
        if (concept < 0)
        {
            return;
        }
        if (!_owners.TryGetValue(owner, out var id))
        {
            id = _owners.Count;
            _owners[owner] = id;
        }
        var pair = Affiliation.Pack(id, concept);
        if (!_pairScratch.Contains(pair))
        {
            _pairScratch.Add(pair);
        }
    }

    private void NoteFocus(int term)
    {
        if (_termFocus[term] >= 0)
        {
            _focusScratch |= 1UL << _termFocus[term];
        }
    }

    private int Intern(string concept)
    {
        if (!_conceptIds.TryGetValue(concept, out var id))
        {
            id = _conceptKeys.Count;
            _conceptIds[concept] = id;
            _conceptKeys.Add(concept);
            _documentFrequency.Add(0);
            _lastFact.Add(0);
        }
        return id;
    }

    private Span<char> Buffer(int length)
    {
        if (_buffer.Length < length)
        {
            _buffer = new char[Math.Max(length, _buffer.Length * 2)];
        }
        return _buffer;
    }

    private static void AppendSorted(List<int> items, List<int> target)
    {
        CollectionsMarshal.AsSpan(items).Sort();
        target.AddRange(items);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has built its index already; start a new builder.");
        }
    }

    /// <summary>Word frequencies for typo correction: the store's words, every stop word, every synonym.</summary>
    private Dictionary<string, int> Vocabulary()
    {
        var vocabulary = new Dictionary<string, int>(_termText.Count + Lexicon.StopWords.Count, StringComparer.Ordinal);
        for (var t = 0; t < _termText.Count; t++)
        {
            vocabulary[_termText[t]] = _termCount[t];
        }
        // Common words are known words too: a typo must be fixed to "many", not to some rare store word.
        foreach (var stop in Lexicon.StopWords)
        {
            vocabulary[stop] = vocabulary.GetValueOrDefault(stop) + 1000;
        }
        foreach (var word in _synonyms.AllWords)
        {
            vocabulary.TryAdd(word, 1);
        }
        return vocabulary;
    }
}
