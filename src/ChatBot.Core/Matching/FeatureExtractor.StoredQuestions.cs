namespace ChatBot.Core.Matching;

/// <summary>How a fact's stored questions cover the asked one, and whether the fact counts or measures what is asked.</summary>
internal static partial class FeatureExtractor
{
    /// <summary>How well one stored question covers the asked one, with a little credit for the reverse.</summary>
    private static double Similarity(AnalyzedQuestion question, ReadOnlySpan<int> stored, double storedTotal, MatchIndex index)
    {
        double shared = 0, asked = 0;
        for (var ci = 0; ci < question.Concepts.Count; ci++)
        {
            var concept = question.Concepts[ci];
            if (FactProfile.Has(stored, concept.Id))
            {
                var w = index.Weight(concept.Id);
                shared += w;
                asked += w;
            }
            else
            {
                asked += MissingCost(concept, index);
            }
        }
        var whShared = FactProfile.Has(stored, question.WhId) ? WhWeight : 0;
        var forward = (shared + whShared) / (asked + (question.WhWord is null ? 0 : WhWeight));
        var backward = storedTotal == 0 ? 0 : (shared + whShared) / storedTotal;
        return (0.8 * forward) + (0.2 * backward);
    }

    /// <summary>Every word of the question, and its question word, appear in this one stored question.</summary>
    private static bool HoldsAll(ReadOnlySpan<int> stored, int[] ids)
    {
        foreach (var id in ids)
        {
            if (!FactProfile.Has(stored, id))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Contains(ReadOnlySpan<int> stored, AnalyzedQuestion question)
    {
        if (question.WhWord is not null && !FactProfile.Has(stored, question.WhId))
        {
            return false;
        }
        for (var ci = 0; ci < question.Concepts.Count; ci++)
        {
            var c = question.Concepts[ci];
            if (!FactProfile.Has(stored, c.Id))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The fact counts what is asked, or a word related to it ("63 detainees" for "how many prisoners").</summary>
    private static bool CountsAsked(FactProfile fact, AnalyzedQuestion question)
    {
        if (FactProfile.Has(fact.Counted, question.CountedId))
        {
            return true;
        }
        foreach (var id in question.CountedRelated)
        {
            if (FactProfile.Has(fact.Counted, id))
            {
                return true;
            }
        }
        return false;
    }

    private static bool LacksUnit(FactProfile fact, int[] units)
    {
        foreach (var unit in units)
        {
            // A unit counts only with a number before it ("three days", "640 km"); "that day" is no duration.
            if (unit < 0 ? FactProfile.Has(fact.Counted, ~unit) : fact.Mentions(unit))
            {
                return false;
            }
        }
        return true;
    }
}
