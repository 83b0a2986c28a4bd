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

    /// <summary>
    /// "Who is Orrin Vale?", "What is Vale's position?": a person is asked of names alone, so the fact that gives the
    /// name a title says who it is.
    /// </summary>
    /// <param name="candidates">The facts proposed for the question: a word one of them writes as a titled name
    /// ("who is grant holt", "holt" in lower case and "grant" an English word) is a name too.</param>
    public static bool AsksWhoNamed(AnalyzedQuestion question, MatchIndex index, ReadOnlySpan<Candidate> candidates)
    {
        if (question.Kind != AnswerKind.Person || question.Focus != 0 || question.Concepts.Count == 0)
        {
            return false;
        }
        var named = false;
        foreach (var c in question.Concepts)
        {
            var titled = TitledInAny(c.Id, index, candidates);
            if (!FeatureExtractor.IsRare(c) && !titled)
            {
                return false;
            }
            // A rare word the store holds is a name even in lower case.
            named |= c.IsName || titled || c.Id >= 0;
        }
        // "what is vale's job": written in lower case the name is not seen as one, but the role word says a person is asked.
        return named || question.AsksRole;
    }

    private static bool TitledInAny(int concept, MatchIndex index, ReadOnlySpan<Candidate> candidates)
    {
        if (concept < 0)
        {
            return false;
        }
        foreach (var candidate in candidates)
        {
            if (FactProfile.Has(index.ProfileAt(candidate.Position).Titled, concept))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The fact gives a title next to every name of the question.</summary>
    public static bool TitlesEveryName(AnalyzedQuestion question, FactProfile fact)
    {
        foreach (var c in question.Concepts)
        {
            if (!FactProfile.Has(fact.Titled, c.Id))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The fact gives every name of the question its role in apposition ("Orrin Vale, the Telsarian envoy").</summary>
    public static bool AppositesEveryName(AnalyzedQuestion question, FactProfile fact)
    {
        foreach (var c in question.Concepts)
        {
            if (!TitledNames.Apposed(fact.Titled, c.Id))
            {
                return false;
            }
        }
        return true;
    }
}
