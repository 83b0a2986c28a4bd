namespace ChatBot.Core.Matching;

/// <summary>
/// The names a fact reports as speaking: "Orrin Vale said…", "…, said Orrin Vale", "according to Telsar's army". Such
/// a fact answers what they said; "What did Mira Holt say?" is not answered by the words of another speaker, even
/// when the fact names Holt too.
/// </summary>
internal static class SpeakerNames
{
    private static readonly HashSet<string> SpeechVerbs =
    [
        "said", "says", "stated", "states", "told", "tells", "wrote", "writes", "posted", "posts", "announced",
        "announces", "commented", "comments", "remarked", "tweeted", "claimed", "claims", "insisted", "insists",
        "declared", "declares", "warned", "warns", "added", "according",
    ];

    // A speaker's name stands right by the verb, with its titles: "Defence Minister Orrin Vale said".
    private const int Window = 4;

    public static void Find(ReadOnlySpan<Affiliations.Word> info, ReadOnlySpan<bool> upper, ReadOnlySpan<string> words,
        ReadOnlySpan<int> terms, List<int> termConcept, List<int> speakers)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!SpeechVerbs.Contains(words[i]))
            {
                continue;
            }
            // "Vale said", "Minister Orrin Vale told reporters": the names and titles just before the verb.
            for (var j = i - 1; j >= 0 && j >= i - Window && (upper[j] || info[j].IsRole || info[j].IsTitle); j--)
            {
                Add(upper[j] ? termConcept[terms[j]] : -1, speakers);
            }
            // "…, said Vale", "according to Telsar's army": the names after it; "told Reuters" names who heard it.
            if (words[i] is "said" or "says" or "according")
            {
                var from = words[i] == "according" && i + 1 < words.Length && words[i + 1] == "to" ? i + 2 : i + 1;
                for (var j = from; j < words.Length && j < from + Window && (upper[j] || info[j].IsRole || info[j].IsTitle); j++)
                {
                    Add(upper[j] ? termConcept[terms[j]] : -1, speakers);
                }
            }
        }
    }

    private static void Add(int concept, List<int> speakers)
    {
        if (concept >= 0 && !speakers.Contains(concept))
        {
            speakers.Add(concept);
        }
    }

    /// <summary>
    /// "Who said technical teams will lead?" asks the speaker, whom a fact may name only as its quote's reporter
    /// ("…, a Telsarian official said") while its answer names nobody. Not "who is the diplomat who said…?": a
    /// question that names a person by noun asks who that person is.
    /// </summary>
    public static bool ReportsSpeakerAsked(AnalyzedQuestion question, FactProfile fact)
    {
        if ((question.Focus & SayFocus) == 0 || fact.Speakers.IsEmpty)
        {
            return false;
        }
        foreach (var c in question.Concepts)
        {
            if (Lexicon.Persons.Contains(c.Word))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly ulong SayFocus = 1UL << Lexicon.FocusGroupOf("said");

    private static readonly HashSet<string> AskedVerbs =
        ["say", "said", "tell", "told", "write", "wrote", "post", "posted", "claim", "announce", "tweet", "comment"];

    /// <summary>
    /// "What did Mira Holt say…?", "what has Holt told…", "how did Holt react…": the concepts of the names whose words are asked, or none when
    /// the speaker is not only names ("what did the army say" may be answered by its spokesperson).
    /// </summary>
    public static int[] Asked(IReadOnlyList<string> tokens, IReadOnlyList<string> raw, IReadOnlySet<string> names, MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(index);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // "How did Mira Holt react…?" asks her reaction, which another speaker's words do not give.
            var how = tokens[i] == "how";
            if ((tokens[i] is not ("what" or "whats") && !how) || tokens[i + 1] is not ("did" or "does" or "has" or "have" or "had" or "do"))
            {
                continue;
            }
            var verbs = how ? ReactionVerbs : AskedVerbs;
            var verb = i + 3;
            while (verb < tokens.Count && verb <= i + 2 + MaxSubject && !verbs.Contains(tokens[verb]))
            {
                verb++;
            }
            if (verb >= tokens.Count || !verbs.Contains(tokens[verb]))
            {
                return [];
            }
            var ids = new List<int>(MaxSubject);
            for (var j = i + 2; j < verb; j++)
            {
                // Written as a name ("Orrin Vale", though "vale" is a word), or in lower case a word no dictionary has.
                if (!names.Contains(raw[j]) && (tokens[j].Length <= 3 || Lexicon.RarityOf(tokens[j]) != WordRarity.Rare))
                {
                    return [];
                }
                var id = index.WordId(tokens[j]);
                if (id < 0)
                {
                    return [];
                }
                ids.Add(id);
            }
            return [.. ids];
        }
        return [];
    }

    private const int MaxSubject = 3;

    private static readonly HashSet<string> ReactionVerbs = ["react", "reacted", "respond", "responded", "reply", "replied"];
}
