namespace ChatBot.Core.Matching;

public readonly partial struct FactProfile
{
    /// <summary>
    /// The fact's quoted sentences that give a time hold at least a third of the question's ordinary words, and one of
    /// them states the question's event ("When did Pell put out her statement?" and "Pell said in a statement on
    /// Wednesday"): that time dates what is asked. Words of the dated sentences merged per fact would let a common
    /// word date another event ("when was the fund founded?" by "the fund will keep its trucks running until the end
    /// of the year").
    /// </summary>
    public bool DatesInQuotes(AnalyzedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        int words = 0, dated = 0, content = 0;
        bool hasVerb = false, verbHeld = false, laterHeld = false, firstHeld = false;
        for (var ci = 0; ci < question.Concepts.Count; ci++)
        {
            var concept = question.Concepts[ci];
            if (concept.IsName || concept.InPreamble || QuestionKinds.IsKindNoun(concept.Word))
            {
                continue;
            }
            words++;
            dated += InDatedSentence(concept.Id, []) ? 1 : 0;
            if (Lexicon.LightWords.Contains(concept.Word))
            {
                continue;
            }
            var held = InDatedSentence(concept.Id, concept.Related);
            if (LooksLikeVerb(concept.Word))
            {
                // Itself: a verb's related words reach far ("founded" and "pay" as wages).
                hasVerb = true;
                verbHeld |= InDatedSentence(concept.Id, []);
            }
            if (content++ == 0)
            {
                firstHeld = held;
            }
            else
            {
                laterHeld |= held;
            }
        }
        // The event is the verb or participle ("founded", "signed") when there is one; else a word past the first,
        // which names what the event happened to ("when did the fund open?"), or the only word.
        var eventHeld = hasVerb ? verbHeld : content <= 1 ? firstHeld || content == 0 : laterHeld;
        return dated > 0 && 3 * dated >= words && eventHeld;
    }

    private bool InDatedSentence(int concept, int[] related)
    {
        var count = _index.SentenceCountAt(Position);
        for (var s = 0; s < count; s++)
        {
            if (_index.SentenceDatedAt(Position, s))
            {
                var sentence = _index.SentenceAt(Position, s);
                if (Has(sentence, concept) || HasAny(sentence, related))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A past form, participle or gerund by its ending or as an irregular form ("founded", "bought", "running").</summary>
    private static bool LooksLikeVerb(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) ||
        (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) || Lexicon.IrregularForms.ContainsKey(word);
}
