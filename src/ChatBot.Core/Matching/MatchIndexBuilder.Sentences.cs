using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// A fact's texts read sentence by sentence: the words of each sentence of its answer and quotes, so a fact that states
/// what is asked in one place is told from one that holds the words scattered; and which quoted sentences give a
/// time, since a curator's answer often leaves the time out ("said in a statement on Wednesday") and a
/// "when" question about what such a sentence states is dated by it.
/// </summary>
public sealed partial class MatchIndexBuilder
{
    private readonly List<bool> _sentenceDated = [];
    private readonly List<int> _factSentenceStart = [0];
    private readonly List<int> _sentenceStart = [0];
    private readonly List<int> _sentenceConcepts = [];
    private readonly List<int> _sentenceScratch = [];

    /// <summary>
    /// The concepts of each sentence of an answer or quote, one sorted list per sentence; with <paramref name="timed"/>
    /// (a quote), a sentence that gives a time ("said in a statement on Wednesday") is marked as dated.
    /// </summary>
    private void AddSentences(string text, bool timed)
    {
        foreach (var sentence in SentenceEnd().Split(text))
        {
            _sentenceScratch.Clear();
            var reader = new TokenReader(sentence, Buffer(sentence.Length));
            while (reader.Next(out var token))
            {
                var concept = _termConcept[Term(token)];
                if (concept >= 0 && !_sentenceScratch.Contains(concept))
                {
                    _sentenceScratch.Add(concept);
                }
            }
            if (_sentenceScratch.Count == 0)
            {
                continue;
            }
            // One flag per sentence, not the dated sentences' words merged per fact: a word of one dated sentence
            // must not date an event another sentence states.
            _sentenceDated.Add(timed && (AnswerKinds.Infer(sentence) & AnswerKind.Time) != 0);
            AppendSorted(_sentenceScratch, _sentenceConcepts);
            _sentenceStart.Add(_sentenceConcepts.Count);
        }
    }

    // Not after a title or an initial ("Dr. Ada Pell", "Gen. Vale", "U.S. officials"), and only before what can open a sentence.
    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?:Dr|Prof|Gen|Lt|Capt|Col|Mr|Mrs|Ms|St|Jr|[A-Z])\.)\s+(?=[""“A-Z0-9])")]
    internal static partial Regex SentenceEnd();
}
