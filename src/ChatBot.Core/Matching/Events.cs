namespace ChatBot.Core.Matching;

/// <summary>
/// The start and the end of a tenure or an event: "When did Vale take up the post?" is not answered by a fact that says
/// only when Vale will leave it.
/// </summary>
internal static class Events
{
    private static readonly string[] StartWords = ["start", "begin", "assume", "join", "appoint", "took", "take"];
    private static readonly string[] EndWords = ["leave", "quit", "resign", "end", "depart"];

    public static bool AsksStart(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var taking = t is "take" or "took" or "taken";
            if ((taking && i + 1 < tokens.Count && tokens[i + 1] is "up" or "over" or "office") ||
                t is "start" or "started" or "begin" or "began" or "assume" or "assumed" or "join" or "joined" or "appointed")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The fact speaks of an end and of no start.</summary>
    public static bool OnlyEnd(FactProfile fact, MatchIndex index)
    {
        var end = false;
        foreach (var w in StartWords)
        {
            if (Mentions(fact, index, w))
            {
                return false;
            }
        }
        foreach (var w in EndWords)
        {
            end |= Mentions(fact, index, w);
        }
        return end;
    }

    private static bool Mentions(FactProfile fact, MatchIndex index, string word)
    {
        var id = index.WordId(word);
        return id >= 0 && fact.Mentions(id);
    }
}
