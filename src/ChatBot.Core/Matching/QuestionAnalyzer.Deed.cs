namespace ChatBot.Core.Matching;

/// <summary>
/// "What did Vale do in Harrow?", "What was Vale doing on the trip?": a question about what someone did that names only
/// the person and where or when it was asks an activity, and a fact that shares the names ("Vale flew in from Harrow
/// after the trip") does not say it. "What does Vale do?" asks his job, and "what did Vale do before…" is placed by its
/// focus, so neither is read so.
/// </summary>
public static partial class QuestionAnalyzer
{
    private static bool AsksDeedOfNames(List<string> tokens, List<QueryConcept> concepts)
    {
        var at = DeedVerb(tokens);
        if (at < 0 || concepts.Count == 0)
        {
            return false;
        }
        // "…do in Harrow", "…do during the visit": what follows only places the deed. "…do about the strike" asks a
        // response, and so does "…do in Harrow about the strike": the place ends where a topic or purpose begins.
        var placed = at + 1 < tokens.Count && tokens[at + 1] is "in" or "on" or "at" or "during";
        var end = at + 1;
        while (end < tokens.Count && tokens[end] is not ("about" or "to" or "for" or "against" or "with"))
        {
            end++;
        }
        foreach (var c in concepts)
        {
            if (!FeatureExtractor.IsRare(c) && !(placed && PlacedWithin(tokens, c.Word, at + 1, end)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool PlacedWithin(List<string> tokens, string word, int from, int end)
    {
        var i = tokens.IndexOf(word, from);
        return i >= 0 && i < end;
    }

    /// <summary>Where "do" stands in "what did X do", "doing" in "what was X doing", or -1.</summary>
    private static int DeedVerb(List<string> tokens)
    {
        if (tokens.Count < 4 || tokens[0] != "what" || tokens[1] is not ("did" or "was" or "were"))
        {
            return -1;
        }
        for (var i = 3; i < tokens.Count; i++)
        {
            // "What did they agree to do?" asks what was agreed, which a fact may state.
            if ((tokens[i] == "do" && tokens[1] == "did") || (tokens[i] == "doing" && tokens[1] != "did"))
            {
                return tokens[i - 1] != "to" ? i : -1;
            }
        }
        return -1;
    }
}
