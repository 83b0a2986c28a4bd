namespace ChatBot.Core.Matching;

/// <summary>
/// The places a fact names ("in Ostrava", "to Telsar"), and the one a "where in…" question already names: "Where in
/// Ostrava were the talks?" asks more than a fact whose only place is Ostrava states.
/// </summary>
internal static class PlaceNames
{
    /// <summary>The names given as places: "in Ostrava", "to the Telsar Hills"; a weekday or a month is a time.</summary>
    public static void Find(ReadOnlySpan<bool> upper, ReadOnlySpan<string> words, ReadOnlySpan<int> terms, List<int> termConcept,
        List<int> places)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] is not ("in" or "to" or "from" or "at" or "near"))
            {
                continue;
            }
            var at = words[i + 1] == "the" && i + 2 < words.Length ? i + 2 : i + 1;
            if (upper[at] && !AnswerKinds.CalendarNames.Contains(words[at]))
            {
                var concept = termConcept[terms[at]];
                if (concept >= 0 && !places.Contains(concept))
                {
                    places.Add(concept);
                }
            }
        }
    }

    /// <summary>"Where in Ostrava…?": the place the question already names, whose whereabouts within it are asked, or -1.</summary>
    public static int WhereIn(IReadOnlyList<string> tokens, MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(index);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i] == "where" && tokens[i + 1] == "in")
            {
                return index.WordId(tokens[i + 2]);
            }
        }
        return -1;
    }
}
