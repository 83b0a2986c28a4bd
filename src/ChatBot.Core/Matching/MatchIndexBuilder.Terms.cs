using System.Runtime.CompilerServices;

namespace ChatBot.Core.Matching;

/// <summary>
/// The word table: each distinct word analysed once and numbered, each concept numbered as it first appears, and
/// the store's words and their counts handed on for typo correction.
/// </summary>
public sealed partial class MatchIndexBuilder
{
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
    private readonly List<int> _lastStated = [];
    private readonly List<Affiliations.Word> _termInfo = [];
    private char[] _buffer = new char[256];

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
            _lastStated.Add(0);
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
