using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>Infers from an answer's text which kinds of question it can answer.</summary>
public static partial class AnswerKinds
{
    private static readonly HashSet<string> NumberWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions",
    ];

    /// <summary>Weekdays and months: times, never places ("on Wednesday", "in March").</summary>
    internal static readonly HashSet<string> CalendarNames =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly HashSet<string> TimeWords =
    [
        .. CalendarNames, "today", "yesterday", "tomorrow", "morning", "evening", "night", "week", "month", "year", "years",
        "months", "days",
    ];

    private static readonly HashSet<string> PersonTitles =
    [
        "president", "secretary", "minister", "spokesperson", "spokesman", "envoy", "gen", "general", "col",
        "colonel", "sergeant", "commander", "chief", "leader", "official", "officials", "representative", "major",
    ];

    // A cause or motive stated in an answer: "because", "over concerns", "citing", "blamed on".
    private static readonly HashSet<string> ReasonWords =
    [
        "because", "due", "reason", "reasons", "owing", "amid", "citing", "cited",
        "result", "caused", "causes", "blamed", "blames", "blame", "motive", "aim", "aims", "purpose",
        "therefore", "response", "retaliation", "requires", "require", "required", "needs", "needed",
        "mission", "goal", "intended", "intends", "seeking", "seeks", "wants", "hoping", "hopes", "order",
    ];

    /// <summary>Words that say a statement holds now: "currently", "now", "still".</summary>
    public static readonly HashSet<string> CurrentWords = ["currently", "now", "presently", "today", "still", "already"];

    /// <summary>A cause or motive among the words; "is due to leave" schedules, "due to the war" explains.</summary>
    private static bool StatesReason(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReasonWords.Contains(tokens[i]) &&
                !(tokens[i] == "due" && i > 0 && tokens[i - 1] is "is" or "are" or "was" or "were" or "be" or "been"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a token states a quantity: it has a digit ("26", "28-point" → "28") or is a number word.</summary>
    public static bool IsNumber(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        // A loop, not LINQ: the matcher asks this of question words on the answer path, which must not allocate.
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return NumberWords.Contains(token) || token is "one";
    }

    private static readonly HashSet<string> Units = ["day", "night", "week", "month", "year", "hour", "minute"];

    /// <summary>"The one-day talks": "one" is a number before a unit; alone ("no one", "one of them") it seldom is.</summary>
    private static bool OneUnit(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "one" && Units.Contains(tokens[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    public static AnswerKind Infer(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var tokens = Tokenizer.Tokenize(answer);
        var kinds = AnswerKind.None;
        if (answer.Any(char.IsDigit) || tokens.Any(NumberWords.Contains) || OneUnit(tokens))
        {
            kinds |= AnswerKind.Number;
        }
        if (Year().IsMatch(answer) || tokens.Any(TimeWords.Contains))
        {
            kinds |= AnswerKind.Time;
        }
        // "Who" asks for people and organisations alike: "CBS is the BBC's US media partner."
        if (Name().IsMatch(answer) || Acronym().IsMatch(answer) || tokens.Any(PersonTitles.Contains))
        {
            kinds |= AnswerKind.Person;
        }
        if (PlacePhrase().Matches(answer).Any(m => !CalendarNames.Contains(m.Groups["name"].Value.ToLowerInvariant())))
        {
            kinds |= AnswerKind.Place;
        }
        if (StatesReason(tokens))
        {
            kinds |= AnswerKind.Reason;
        }
        // "The region would receive 180 units…": what a plan proposes, not what happens now.
        if (tokens.Contains("would") && !tokens.Exists(CurrentWords.Contains))
        {
            kinds |= AnswerKind.Hypothetical;
        }
        return kinds;
    }

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    // Two capitalised words in a row not at the very start of a sentence, e.g. "Orrin Vale".
    [GeneratedRegex(@"(?<!^|[.!?]\s)\b\p{Lu}[\p{Ll}’']+\s+\p{Lu}[\p{Ll}’']+")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b\p{Lu}{3,}\b")]
    private static partial Regex Acronym();

    // "in Harrow", "to Telsaria", "a post on X", but not "on Wednesday" or "in January": a day or a month is a time, not a place.
    [GeneratedRegex(@"\b(in|to|from|at|near|of|on)\s+(the\s+)?(?<name>\p{Lu}(\p{Ll}+|\b))|\b(city|capital|country|front line|region)\b")]
    private static partial Regex PlacePhrase();
}
