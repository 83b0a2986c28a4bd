namespace ChatBot.Core.Matching;

/// <summary>
/// "How much would Telsaria release in winter?" against a fact that says what it would release in summer: the fact
/// states the sum for another season, not the one asked. (A yes/no question is answered by it: "no, in summer".)
/// </summary>
public static class Seasons
{
    private static readonly string[] Names = ["spring", "summer", "autumn", "winter"];

    /// <summary>The season a wh-question names (-1 when no fact uses it) and the store's concepts of the other seasons, or (-1, []).</summary>
    internal static (int Asked, int[] Others) Of(List<string> tokens, string? whWord, MatchIndex index)
    {
        if (whWord is null)
        {
            return (-1, []);
        }
        string? asked = null;
        foreach (var name in Names)
        {
            if (tokens.Contains(name))
            {
                if (asked is not null)
                {
                    // "Summer or winter?" names more than one: no season is singled out.
                    return (-1, []);
                }
                asked = name;
            }
        }
        if (asked is null)
        {
            return (-1, []);
        }
        var others = new List<int>(Names.Length);
        foreach (var name in Names)
        {
            var id = IdOf(name, index);
            if (id >= 0 && name != asked)
            {
                others.Add(id);
            }
        }
        // A season no fact uses has no concept (-1): the other seasons still tell a fact that gives another one.
        return (IdOf(asked, index), [.. others]);
    }

    private static int IdOf(string name, MatchIndex index) => index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(name)));
}
