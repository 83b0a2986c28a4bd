namespace ChatBot.Core.Matching;

/// <summary>Reads the answer kind a question wants from its wording.</summary>
public static class QuestionKinds
{
    private static readonly HashSet<string> TimeNouns =
        ["year", "date", "day", "month", "time", "week", "weekday"];

    private static readonly HashSet<string> PlaceNouns =
        ["city", "country", "place", "town", "region", "location", "capital"];

    private static readonly HashSet<string> RoleNouns =
        ["position", "rank", "job", "role", "title", "post", "occupation", "profession"];

    public static bool IsRoleNoun(string token) => RoleNouns.Contains(token);

    /// <summary>
    /// The role word at <paramref name="i"/> asks a title. "Post" is also a message or its verb: "what did Vale post on X",
    /// "a post by Vale" ask what was written, not a job.
    /// </summary>
    public static bool IsRoleNoun(IReadOnlyList<string> tokens, int i)
    {
        var token = tokens[i];
        if (!RoleNouns.Contains(token))
        {
            return false;
        }
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (token == "position" && next is "on" or "about" or "regarding" or "towards" or "toward")
        {
            return false;
        }
        if (token != "post")
        {
            return true;
        }
        if ((i + 1 < tokens.Count && (PostPrepositions.Contains(tokens[i + 1]) || Platforms.Contains(tokens[i + 1]))) ||
            (i > 0 && Platforms.Contains(tokens[i - 1])))
        {
            return false;
        }
        for (var j = 0; j < i; j++)
        {
            if (tokens[j] is "did" or "does" or "do" or "will" or "would")
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> PostPrepositions = ["on", "in", "by", "about", "to", "from", "at", "online"];

    // "an X post", "post Telegram": a post on a platform is a message.
    private static readonly HashSet<string> Platforms =
        ["x", "twitter", "facebook", "telegram", "instagram", "tiktok", "social", "blog", "online"];

    /// <summary>A noun that says what kind of answer is wanted ("which city", "what date", "the death toll").</summary>
    /// <summary>The word that makes "how" ask for an amount: "how <i>long</i>", "how <i>far</i>".</summary>
    public static bool IsMeasure(string token) =>
        token is "many" or "much" or "big" or "large" or "old" or "long" or "far" or "often" or "soon";

    /// <summary>
    /// The words an answer to "how long", "how old"… is stated in: a unit after a number ("#day": "three days") or a
    /// word that says it alone ("aged"). Such a question is not answered by a fact that names the person or the talks
    /// but gives no duration or age: "How old is the minister?" against "she led the team".
    /// </summary>
    public static IReadOnlyList<string> UnitsOf(string measure) => measure switch
    {
        "long" => [.. Durations, .. Distances, "until", "overnight"],
        "old" => ["old", "age", "aged", "born"],
        "far" => [.. Distances, "away"],
        "often" => ["every", "daily", "weekly", "monthly", "#time", "often", "regularly"],
        "soon" => [.. Durations, "soon", "next", "tomorrow", "immediately"],
        "time" => ["morning", "afternoon", "evening", "night", "overnight", "midnight", "noon", "midday", "dawn", "dusk", "oclock", "gmt", "utc"],
        "day" => DayUnits,
        // "What date is the Thursday meeting?": a weekday says which day, not which date.
        "date" => DateUnits,
        _ => [],
    };

    /// <summary>
    /// "What time did the talks open?", "at what time of day…": the hour or the part of the day is asked, which a fact
    /// that gives only the day ("on Tuesday") does not state, nor the day the question names ("what time on Tuesday…").
    /// "What time" after another word ("what time zone") is not.
    /// </summary>
    public static bool AsksClockTime(IReadOnlyList<string> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens[at] == "time" && at > 0 && tokens[at - 1] is "what" or "which" &&
            (at + 1 == tokens.Count || tokens[at + 1] is "of" or "on" or "did" or "does" or "do" or "is" or "was" or "were" or "will" or "are");
    }

    /// <summary>
    /// "What date did the talks open?", "which day…", "what's the exact date…": a day is asked, which a fact that gives
    /// only the month ("in March") does not state; a day of the month stands by a number ("14 March", "March 14"). A
    /// date is a day of the month: "on Tuesday" answers "which day", not "what date".
    /// </summary>
    public static bool AsksDay(IReadOnlyList<string> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens[at] is not ("date" or "day"))
        {
            return false;
        }
        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            if (tokens[i] is "what" or "which" or "whats")
            {
                return true;
            }
            if (tokens[i] is not ("the" or "exact" or "precise" or "specific" or "s"))
            {
                return false;
            }
        }
        return false;
    }

    private static readonly string[] DateUnits =
    [
        "#january", "#february", "#march", "#april", "#may", "#june", "#july", "#august", "#september", "#october",
        "#november", "#december",
    ];

    private static readonly string[] DayUnits =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        .. DateUnits,
    ];

    private static readonly string[] Durations = ["#second", "#minute", "#hour", "#day", "#week", "#month", "#year", "#decade"];
    private static readonly string[] Distances = ["#km", "#kilometre", "#kilometer", "#mile", "#metre", "#meter"];

    public static bool IsKindNoun(string token) =>
        TimeNouns.Contains(token) || PlaceNouns.Contains(token) || NumberNouns.Contains(token) || RoleNouns.Contains(token) ||
        KindPlurals.Contains(token);

    // "Which two countries signed the accord?", "in which cities…": a plural asks for the same kind of answer, several
    // times; it only says what kind of answer is wanted. Not read for the answer kind, which a singular sets. Not time
    // plurals: "how many days would they observe the truce" counts the days, which is what it asks.
    private static readonly HashSet<string> KindPlurals =
    [
        "cities", "countries", "places", "towns", "regions", "locations", "capitals", "numbers", "figures", "amounts",
    ];

    // "When did…", "where is…": a question word. "When the talks end, what…": a clause that frames the question.
    private static readonly HashSet<string> Auxiliaries =
    [
        "is", "are", "was", "were", "will", "would", "did", "does", "do", "has", "have", "had", "can", "could",
        "should", "might", "may", "must", "isnt", "wasnt", "didnt", "doesnt", "exactly", "precisely",
    ];

    private static readonly HashSet<string> BoundNouns = ["size", "ceiling", "cap", "limit", "maximum", "minimum"];

    private static readonly HashSet<string> NumberNouns =
        ["toll", "count", "number", "amount", "value", "worth", "cost", "price", "figure"];

    /// <summary>
    /// The first question word decides: in "Which trip was he coming back from when he went to Ukraine?" the later
    /// "when" only opens a clause, and the question asks for a trip, not a time. A "when" or "where" followed by a
    /// subject rather than a verb ("When Ukraine asked for a ceasefire, what did Telsaria do?") frames the question
    /// instead of asking it, unless nothing else asks.
    /// </summary>
    public static AnswerKind Detect(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var framing = AnswerKind.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            switch (tokens[i])
            {
                case "who" or "whom" or "whose" or "whos":
                    return AnswerKind.Person;
                // "Where do the casualty figures come from?" asks who gave them, not a place.
                case "where" when SourceQuestions.AsksSource(tokens, i):
                    return AnswerKind.None;
                case "when" or "whens" or "where" or "wheres":
                    var kind = tokens[i] is "when" or "whens" ? AnswerKind.Time : AnswerKind.Place;
                    if (next.Length == 0 || Auxiliaries.Contains(next) || tokens[i].EndsWith('s'))
                    {
                        return kind;
                    }
                    if (i < 3 && framing == AnswerKind.None)
                    {
                        framing = kind;
                    }
                    break;
                case "how" when IsMeasure(next):
                    return AnswerKind.Number;
                // "What size cap does Telsaria want?" asks for a figure, as "how big" does; so does "what troop ceiling",
                // a bound named by its noun after one word that says what it bounds. "What time limit" bounds a time.
                case "what" or "which" or "whats" when BoundNouns.Contains(next) ||
                    (i + 2 < tokens.Count && BoundNouns.Contains(tokens[i + 2]) && !Auxiliaries.Contains(next) && !TimeNouns.Contains(next)):
                    return AnswerKind.Number;
                case "what" or "which" or "whats" when TimeNouns.Contains(next):
                    return AnswerKind.Time;
                case "what" or "which" or "whats" when PlaceNouns.Contains(next):
                    return AnswerKind.Place;
                case "why" or "whys":
                case "how" when next is "come":
                    return AnswerKind.Reason;
                case "what" or "which" or "whats" or "how":
                    return ByNouns(tokens, i);
                default:
                    break;
            }
        }
        return framing != AnswerKind.None ? framing : ByNouns(tokens, 0);
    }

    /// <summary>The thing a "how many" question counts ("drones" in "how many drones hit Harrow"), or null.</summary>
    public static string? CountedWord(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i + 2 < tokens.Count && i < 6; i++)
        {
            // "How many costs" is a price, as a word-by-word gloss of "скільки коштує" reads: nothing is counted.
            if (tokens[i] == "how" && tokens[i + 1] is "many" && !Lexicon.IsStopWord(tokens[i + 2]) && !PriceWords.Contains(tokens[i + 2]))
            {
                return tokens[i + 2];
            }
            if (tokens[i] == "how" && tokens[i + 1] is "many" && tokens[i + 2] is "of")
            {
                return PartCounted(tokens, i + 3);
            }
        }
        return null;
    }

    /// <summary>
    /// "How many of the 37 injured were children?" counts a part of a group the asker already knows the size of: the
    /// part is named after the verb, and a fact that only gives the group's size does not answer it.
    /// </summary>
    private static string? PartCounted(IReadOnlyList<string> tokens, int from)
    {
        for (var i = from; i + 1 < tokens.Count && i < from + PartWindow; i++)
        {
            if (tokens[i] is "were" or "are" or "was" or "is")
            {
                for (var j = i + 1; j < tokens.Count; j++)
                {
                    if (!Lexicon.IsStopWord(tokens[j]) && !char.IsDigit(tokens[j][0]))
                    {
                        return tokens[j];
                    }
                }
                return null;
            }
        }
        return null;
    }

    private const int PartWindow = 10;

    private static readonly HashSet<string> PriceWords = ["cost", "costs", "worth", "price"];

    // "What is the death toll?" and terse "springfield death toll?" ask for a number; a noun far from the question word
    // ("…what did Telsaria do? Its demands amount to surrender") does not.
    private static AnswerKind ByNouns(IReadOnlyList<string> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i <= from + NounWindow; i++)
        {
            // "What did Holt say about the cost?" asks what was said: the noun after "about" is its topic.
            if (NumberNouns.Contains(tokens[i]) && !UsedAsVerb(tokens, i) && !(i > 0 && TopicWords.Contains(tokens[i - 1])) &&
                !(i > 1 && TopicWords.Contains(tokens[i - 2]) && tokens[i - 1] is "the" or "a" or "its" or "their"))
            {
                return AnswerKind.Number;
            }
        }
        return AnswerKind.None;
    }

    /// <summary>
    /// "Do the demands amount to surrender?", "can they count on aid?": the noun is a verb there and asks no amount;
    /// after an article or a question word ("the amount to be paid") it is still the noun.
    /// </summary>
    private static bool UsedAsVerb(IReadOnlyList<string> tokens, int at) =>
        (tokens[at], at + 1 < tokens.Count ? tokens[at + 1] : "") is ("amount", "to") or ("count", "on") or ("figure", "out") &&
        (at == 0 || tokens[at - 1] is not ("the" or "a" or "an" or "what" or "which" or "whats" or "total"));

    private const int NounWindow = 6;

    private static readonly HashSet<string> TopicWords = ["about", "regarding", "concerning"];
}
