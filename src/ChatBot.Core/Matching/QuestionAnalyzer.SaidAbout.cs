namespace ChatBot.Core.Matching;

/// <summary>The topic of the words a question asks ("what did Vale say about the dam?"), which the answering fact must name.</summary>
public static partial class QuestionAnalyzer
{
    private static readonly HashSet<string> SayVerbs = ["say", "said", "says", "think", "thinks", "thought", "tell", "told", "feel", "feels"];

    /// <summary>
    /// "What did Vale say about the dam?", "What does Pell think about the strike?": the topic of the words asked, the
    /// first ordinary word after "about", as an index into the concepts, or -1.
    /// </summary>
    private static int SaidAbout(List<string> tokens, List<QueryConcept> concepts)
    {
        if (tokens.Count < 4 || tokens[0] != "what")
        {
            return -1;
        }
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] != "about" || !SayVerbs.Contains(tokens[i - 1]))
            {
                continue;
            }
            for (var j = i + 1; j < tokens.Count; j++)
            {
                if (!IsLight(tokens[j]) && ConceptAt(concepts, tokens[j]) is var c and >= 0)
                {
                    return c;
                }
            }
            return -1;
        }
        return -1;
    }
}
