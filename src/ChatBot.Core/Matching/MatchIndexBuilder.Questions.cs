using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Matching;

/// <summary>
/// Each question stored for a fact (its own and the alternates a curator attached), kept as its own concept set: a
/// question asked as a curator stored it is recognised as that question, not only by the words the fact mentions.
/// </summary>
public sealed partial class MatchIndexBuilder
{
    private const int WhWindow = 7;
    private readonly List<string> _firstWords = [];

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
}
