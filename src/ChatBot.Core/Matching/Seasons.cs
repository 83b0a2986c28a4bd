using System.Runtime.CompilerServices;

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
        var asked = -1;
        for (var n = 0; n < Names.Length; n++)
        {
            if (tokens.Contains(Names[n]))
            {
                if (asked >= 0)
                {
                    // "Summer or winter?" names more than one: no season is singled out.
                    return (-1, []);
                }
                asked = n;
            }
        }
        if (asked < 0)
        {
            return (-1, []);
        }
        var concepts = ByIndex.GetValue(index, ConceptsOf);
        return (concepts.Ids[asked], concepts.Others[asked]);
    }

    // The seasons' concepts depend only on the index: read once per index, not per question.
    private static readonly ConditionalWeakTable<MatchIndex, SeasonConcepts> ByIndex = new();

    private sealed record SeasonConcepts(int[] Ids, int[][] Others);

    private static SeasonConcepts ConceptsOf(MatchIndex index)
    {
        var ids = new int[Names.Length];
        for (var n = 0; n < Names.Length; n++)
        {
            ids[n] = index.WordId(Names[n]);
        }
        // A season no fact uses has no concept (-1): the other seasons still tell a fact that gives another one.
        var others = new int[Names.Length][];
        for (var n = 0; n < Names.Length; n++)
        {
            var asked = n;
            others[n] = [.. ids.Where((id, m) => id >= 0 && m != asked)];
        }
        return new SeasonConcepts(ids, others);
    }
}
