namespace ChatBot.Core.Matching;

/// <summary>
/// Facts about one event share its words: "Vale will leave his post in January" and "Vale is leaving because the post
/// needs Senate approval" tie on "when is Vale leaving?". Curators ask of each fact what it answers, so the fact one of
/// whose stored questions asks the same question word of the same verb ("When will Vale leave?") is the one that
/// answers, when no other candidate was asked so.
/// </summary>
public sealed partial class Matcher
{
    /// <summary>One of the fact's stored questions holds the question's question word and the word it asks about.</summary>
    private static bool AskedAlike(AnalyzedQuestion question, FactProfile fact)
    {
        // A plain "what" asks anything, and "who" is asked of most facts about people; "when", "where" and "why" say
        // what is asked. "How many" does not: a near-miss counts another thing of the same event ("how many does each
        // side hold?" against a fact that counts those exchanged).
        var predicate = AskedWord(question);
        if (question.Kind is not (AnswerKind.Time or AnswerKind.Place or AnswerKind.Reason) || question.WhId < 0 || predicate < 0)
        {
            return false;
        }
        for (var i = 0; i < fact.QuestionCount; i++)
        {
            var stored = fact.Question(i);
            if (FactProfile.Has(stored, question.WhId) && FactProfile.Has(stored, predicate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The concept of what is asked of the question's names, or -1.</summary>
    private static int AskedWord(AnalyzedQuestion question)
    {
        var at = question.PredicateIndex >= 0 ? question.PredicateIndex : question.LastPredicateIndex;
        if (at >= 0)
        {
            return question.Concepts[at].Id;
        }
        // "holloway leaving when": no question word opens it, so the first ordinary word is what is asked.
        foreach (var c in question.Concepts)
        {
            if (!FeatureExtractor.IsRare(c) && !QuestionKinds.IsKindNoun(c.Word) && !QuestionAnalyzer.IsLight(c.Word))
            {
                return c.Id;
            }
        }
        return -1;
    }
}
