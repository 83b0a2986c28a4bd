namespace ChatBot.Core.Matching;

/// <summary>What a question is made of, beyond its words: names alone, or something asked of them.</summary>
internal static class QuestionShape
{
    /// <summary>
    /// The question names a kind of answer, a focus ("before", "next") or a word that is not a name: one of only names
    /// ("what did X want in Y?" read as "X Y") is held by any stored question that names them.
    /// </summary>
    public static bool AsksBeyondNames(AnalyzedQuestion question)
    {
        if (question.Kind != AnswerKind.None || question.Focus != 0)
        {
            return true;
        }
        foreach (var c in question.Concepts)
        {
            if (!FeatureExtractor.IsRare(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The question is only names ("Tarvel?", "where is Tarvel from"), and one of them is written in a single fact: that
    /// fact is all the store knows of it, so the fact that holds every name is the answer.
    /// </summary>
    public static bool NamesOnlyOne(AnalyzedQuestion question, MatchIndex index)
    {
        if (question.Focus != 0)
        {
            return false;
        }
        var sole = false;
        foreach (var c in question.Concepts)
        {
            if (!FeatureExtractor.IsRare(c))
            {
                return false;
            }
            sole |= index.DocumentFrequency(c.Id) == 1;
        }
        return sole;
    }
}
