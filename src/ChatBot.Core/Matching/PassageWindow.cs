namespace ChatBot.Core.Matching;

/// <summary>
/// How close together a question's words stand in a source sentence. A long sentence can hold every word of a question
/// in unrelated clauses ("… meet Corla Denn in Harrow … on his return from Telsaria" for "Who did he meet in Telsaria?"); a
/// sentence that states the asked thing holds them near one another. A "how long / how far" question asks for a
/// measure, so the unit stands among them: "three days of talks over the Telsa River" does not say how long the river is.
/// </summary>
internal static class PassageWindow
{
    /// <summary>The fewest sentence words that hold every concept of the question the store knows, or int.MaxValue.</summary>
    public static int Span(AnalyzedQuestion question, string sentence, MatchIndex index)
    {
        var wanted = new List<int>(question.Concepts.Count);
        foreach (var c in question.Concepts)
        {
            if (c.Id >= 0 && !wanted.Contains(c.Id))
            {
                wanted.Add(c.Id);
            }
        }
        if (wanted.Count == 0)
        {
            return int.MaxValue;
        }
        var unitSlot = question.AsksMeasure ? wanted.Count : -1;
        var tokens = Tokenizer.Tokenize(sentence);
        var slot = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var concept = index.WordId(tokens[i]);
            slot[i] = unitSlot >= 0 && IsUnit(concept, question.MeasureUnits) ? unitSlot : wanted.IndexOf(concept);
        }
        var slots = wanted.Count + (unitSlot >= 0 ? 1 : 0);
        // The classic minimum window: grow on the right, shrink from the left while every concept is still inside.
        var counts = new int[slots];
        int inside = 0, best = int.MaxValue, left = 0;
        for (var right = 0; right < slot.Length; right++)
        {
            if (slot[right] >= 0 && counts[slot[right]]++ == 0)
            {
                inside++;
            }
            while (inside == slots)
            {
                best = Math.Min(best, right - left + 1);
                if (slot[left] >= 0 && --counts[slot[left]] == 0)
                {
                    inside--;
                }
                left++;
            }
        }
        return best;
    }

    // A unit is listed as its concept, or as the complement of one it must count ("~days"): either names it here.
    private static bool IsUnit(int concept, int[] units) =>
        concept >= 0 && (Array.IndexOf(units, concept) >= 0 || Array.IndexOf(units, ~concept) >= 0);
}
