namespace ChatBot.Core.Matching;

/// <summary>How a question asks: its question word, its focus words, and whether it opens as a yes/no question.</summary>
public static partial class QuestionAnalyzer
{
    /// <summary>
    /// The focus groups of the sentence that asks ("Who held the post <i>before</i> her?"), near its start: in a chatty
    /// message the same words frame the question instead ("Before I share this, is it confirmed…", "people say…").
    /// </summary>
    private static ulong FocusOf(string question, List<string> questionWords, IReadOnlySet<string> names)
    {
        var asking = question.AsSpan();
        var mark = asking.IndexOf('?');
        var start = 0;
        if (mark >= 0)
        {
            // "My uncle says the ferry stopped — when was that?": a dash or colon closes the framing clause too.
            start = asking[..mark].LastIndexOfAny(SentenceEnds) + 1;
            start = Math.Max(start, ClauseStart(asking[..mark]));
            asking = asking[start..mark];
        }
        ulong focus = 0;
        // Most questions are one sentence: its words are the question's first words, already read.
        var whole = start == 0 && (mark < 0 || question.AsSpan(mark + 1).IsWhiteSpace());
        var words = whole ? questionWords : Tokenizer.Tokenize(asking.ToString(), FocusWindow + 1);
        // "Did the disputes get worse after the dam was built?" asks whether, and "after" only dates it; "after
        // Geneva" (a name) still asks what came next.
        var yesNo = words.Count > 0 && YesNoOpeners.Contains(words[0]);
        for (var i = 1; i < Math.Min(words.Count, FocusWindow + 1); i++)
        {
            // "Who are said to have drafted it?" reports hearsay; it does not ask what anyone said.
            if (Lexicon.FocusGroupOf(Lexicon.Unchat(words[i])) is var group and >= 0 &&
                !(words[i] == "said" && words[i - 1] is "is" or "are" or "was" or "were" or "been") &&
                // "Who is the envoy said to have drafted it?": hearsay after a noun too.
                !(words[i] == "said" && i + 2 < words.Count && words[i + 1] == "to" && words[i + 2] is "have" or "be") &&
                !(yesNo && words[i] is "before" or "after" && i + 1 < words.Count && !names.Contains(words[i + 1])) &&
                // "My cousin said the ferry was late, is that right?", "people say…": hearsay that frames the question.
                !(group == SayGroup && HasHearsaySubject(words, i)))
            {
                focus |= 1UL << group;
            }
        }
        return focus;
    }

    private const int FocusWindow = 8;

    private static readonly int SayGroup = Lexicon.FocusGroupOf("said");

    private static readonly HashSet<string> HearsaySubjects =
        ["my", "our", "someone", "somebody", "people", "everyone", "everybody", "folks", "rumours", "rumors"];

    private static bool HasHearsaySubject(List<string> words, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (HearsaySubjects.Contains(words[j]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the clause after the last dash or colon begins, or 0: "Someone said he is leaving — is it true?".</summary>
    private static int ClauseStart(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOfAny(ClauseBreaks);
        var spaced = text.LastIndexOf(" - ");
        return Math.Max(at + 1, spaced < 0 ? 0 : spaced + 3);
    }

    private static readonly char[] ClauseBreaks = ['\u2014', '\u2013', ':'];
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';'];

    private static readonly HashSet<string> YesNoOpeners =
        ["did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could"];

    /// <summary>The question word as a pseudo-concept ("?who", "?howmany"), or null.</summary>
    public static string? WhWordOf(IReadOnlyList<string> tokens) => WhWordOf(tokens, 6);

    /// <summary>The question word among the first <paramref name="within"/> words.</summary>
    public static string? WhWordOf(IReadOnlyList<string> tokens, int within)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < Math.Min(tokens.Count, within); i++)
        {
            switch (tokens[i])
            {
                case "who" or "whom" or "whose" or "whos": return "?who";
                case "when": return "?when";
                case "where": return "?where";
                case "why": return "?why";
                case "how" when i + 1 < tokens.Count && tokens[i + 1] is "many" or "much": return "?howmany";
                case "how": return "?how";
                case "what" or "which" or "whats": return "?what";
                default: break;
            }
        }
        return null;
    }
}
