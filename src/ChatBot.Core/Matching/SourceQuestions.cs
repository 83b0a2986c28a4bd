namespace ChatBot.Core.Matching;

/// <summary>
/// "Where do the casualty figures come from?", "Where did the outlets get their information?": "where" about a piece of
/// information asks who gave it, not a place.
/// </summary>
internal static class SourceQuestions
{
    /// <summary>Whether the "where" at <paramref name="at"/> asks where a piece of information came from.</summary>
    public static bool AsksSource(IReadOnlyList<string> tokens, int at)
    {
        var information = false;
        var sourced = false;
        for (var i = at + 1; i < tokens.Count; i++)
        {
            information |= InformationNouns.Contains(tokens[i]);
            // "come from", "got … from", "get their information": the verb of a source, not of a journey ("going to").
            sourced |= (ComeVerbs.Contains(tokens[i]) && Follows(tokens, i, "from")) || GetVerbs.Contains(tokens[i]);
        }
        return information && sourced;
    }

    /// <summary>"from" within the next few words ("come from", "coming back from").</summary>
    private static bool Follows(IReadOnlyList<string> tokens, int i, string word)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 2; j++)
        {
            if (tokens[j] == word)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ComeVerbs = ["come", "comes", "came", "coming"];

    private static readonly HashSet<string> GetVerbs = ["get", "gets", "got", "getting", "obtain", "obtained", "learn", "learned", "hear", "heard"];

    private static readonly HashSet<string> InformationNouns =
    [
        "story", "stories", "report", "reports", "news", "number", "numbers", "figure", "figures", "toll", "info",
        "information", "claim", "claims", "account", "details", "data", "statistics", "stats", "leak", "leaks", "rumour",
        "rumours", "rumor", "rumors", "estimate", "estimates", "intel", "quote", "quotes",
    ];
}
