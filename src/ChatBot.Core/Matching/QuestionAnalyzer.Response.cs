namespace ChatBot.Core.Matching;

/// <summary>
/// "Did the ministry respond to the paper?", "What did Vale's office say in reply?": a question that asks whether
/// someone answered. A fact that only says the paper asked them for comment states the asking, not the answer.
/// </summary>
public static partial class QuestionAnalyzer
{
    private static readonly HashSet<string> ResponseVerbs =
        ["respond", "responded", "reply", "replied", "react", "reacted", "comment", "commented"];

    // Before these the response is a thing ("asked them to respond", "a request for comment").
    private static readonly HashSet<string> SoughtBefore = ["to", "for", "a", "the", "any", "no", "request"];

    // A question with one of these asks about the seeking ("Did the paper try to get comment from them?").
    private static readonly HashSet<string> SeekingVerbs =
    [
        "ask", "asks", "asked", "contact", "contacts", "contacted", "seek", "seeks", "sought", "reach", "reached",
        "approach", "approached", "get", "got", "try", "tried", "requested",
    ];

    private static readonly HashSet<string> Auxiliaries = ["did", "does", "do", "has", "have", "had", "will", "would"];

    // What a fact that only seeks a response says: the asking, and the response as its object.
    private static readonly string[] SeekingWords = ["contact", "reach", "seek", "sought", "approach", "ask", "request"];
    private static readonly string[] ResponseNouns = ["comment", "response", "reaction", "reply"];

    /// <summary>
    /// When the question asks whether or how someone responded, the concepts of seeking a response and of the response
    /// itself (<see cref="AnalyzedQuestion.ResponseSought"/>); otherwise empty.
    /// </summary>
    private static (int[] Seeking, int[] Response) ResponseAsked(List<string> tokens, MatchIndex index)
    {
        if (!AsksResponse(tokens))
        {
            return ([], []);
        }
        return (IdsOf(SeekingWords, index), IdsOf(ResponseNouns, index));
    }

    private static bool AsksResponse(List<string> tokens)
    {
        foreach (var t in tokens)
        {
            if (SeekingVerbs.Contains(t))
            {
                return false;
            }
        }
        var aux = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (aux < 0 && Auxiliaries.Contains(tokens[i]))
            {
                aux = i;
            }
            // "Did Vale respond…", "How has the ministry reacted…": a subject stands between the auxiliary and the verb.
            if (aux >= 0 && i > aux + 1 && ResponseVerbs.Contains(tokens[i]) && !SoughtBefore.Contains(tokens[i - 1]))
            {
                return true;
            }
            // "What did the office say in reply?"
            if (aux >= 0 && i > aux + 1 && tokens[i] is "say" && i + 2 < tokens.Count && tokens[i + 1] == "in" &&
                tokens[i + 2] is "reply" or "response")
            {
                return true;
            }
        }
        return false;
    }

    private static int[] IdsOf(string[] words, MatchIndex index)
    {
        var ids = new List<int>(words.Length);
        foreach (var w in words)
        {
            var id = index.WordId(w);
            if (id >= 0 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return [.. ids];
    }
}
