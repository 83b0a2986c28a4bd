using System.Runtime.InteropServices;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// Builds a <see cref="MatchIndex"/> from facts streamed one at a time, so a large store is never held in memory
/// whole. Each distinct word is analysed once (stop word? stem, synonym group, concept id) and remembered; the
/// millions of repeated words that follow cost a dictionary lookup on a span and allocate nothing.
/// </summary>
public sealed partial class MatchIndexBuilder
{
    private readonly SynonymTable _synonyms;
    private readonly List<string> _factIds = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<AnswerKind> _kinds = [];
    private readonly List<ulong> _focus = [];
    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
    private readonly List<int> _pairStart = [0];
    private readonly List<long> _pairs = [];
    private readonly List<long> _pairScratch = [];
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
    private readonly List<int> _speakerStart = [0];
    private readonly List<int> _speakers = [];
    private readonly List<int> _speakerScratch = [];
    private readonly List<int> _placeStart = [0];
    private readonly List<int> _places = [];
    private readonly List<int> _placeScratch = [];
    private readonly List<int> _statedStart = [0];
    private readonly List<int> _stated = [];
    private readonly List<int> _statedScratch = [];
    private readonly List<int> _unnamedStart = [0];
    private readonly List<int> _unnamed = [];
    private readonly List<int> _namedScratch = [];
    private readonly List<int> _indefiniteScratch = [];
    private bool _built;

    public MatchIndexBuilder(SynonymTable synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        _synonyms = synonyms;
        _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
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
        _statedScratch.Clear();
        _focusScratch = 0;
        _pairScratch.Clear();
        AddMentions(fact.Question, position, counts: false);
        foreach (var text in fact.Alternates)
        {
            AddMentions(Glossed(text, fact), position, counts: false);
        }
        AddMentions(fact.Answer, position, counts: true);
        AddCurrency(fact.Answer, position);
        foreach (var quote in fact.Quotes)
        {
            AddMentions(quote.Text, position, counts: true);
            AddCurrency(quote.Text, position);
            AddSentences(quote.Text, timed: true);
        }
        AddSentences(fact.Answer, timed: false);
        _factSentenceStart.Add(_sentenceStart.Count - 1);
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
        AppendSorted(_statedScratch, _stated);
        _statedStart.Add(_stated.Count);
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
            [.. _questionConceptStart], [.. _questionConcepts], questionWeights, [.. _countedStart], [.. _counted], [.. _unnamedStart], [.. _unnamed], [.. _titledStart], [.. _titled], [.. _speakerStart], [.. _speakers], [.. _placeStart], [.. _places],
            [.. _statedStart], [.. _stated],
            [.. _factSentenceStart], [.. _sentenceStart], [.. _sentenceDated], [.. _sentenceConcepts], _conceptIds,
            [.. _documentFrequency], weights, [], []);
        data = data.WithPostings();
        return new MatchIndex(data, _synonyms, speller ?? new SpellCorrector(Vocabulary()), revision);
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
}
