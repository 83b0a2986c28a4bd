using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// The sentences of a fact's quotes that give a time: a curator's answer often leaves the time out ("said in a
/// statement on Wednesday"), and a "when" question about what such a sentence states is dated by it.
/// </summary>
public sealed partial class MatchIndexBuilder
{
    private readonly List<int> _timedStart = [0];
    private readonly List<int> _timed = [];
    private readonly List<int> _timedScratch = [];

    /// <summary>The concepts of each sentence of a quote that gives a time ("said in a statement on Wednesday").</summary>
    private void AddTimed(string text)
    {
        foreach (var sentence in SentenceEnd().Split(text))
        {
            if ((AnswerKinds.Infer(sentence) & AnswerKind.Time) == 0)
            {
                continue;
            }
            var reader = new TokenReader(sentence, Buffer(sentence.Length));
            while (reader.Next(out var token))
            {
                var concept = _termConcept[Term(token)];
                if (concept >= 0 && !_timedScratch.Contains(concept))
                {
                    _timedScratch.Add(concept);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
