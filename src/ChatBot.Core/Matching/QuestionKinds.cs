namespace ChatBot.Core.Matching;

/// <summary>Reads the answer kind a question wants from its wording.</summary>
public static class QuestionKinds
{
    private static readonly HashSet<string> TimeNouns =
        ["year", "date", "day", "month", "time", "week", "weekday"];

    private static readonly HashSet<string> PlaceNouns =
        ["city", "country", "place", "town", "region", "location", "capital"];

    private static readonly HashSet<string> NumberNouns =
        ["toll", "count", "number", "amount", "value", "worth", "cost", "price", "figure"];

    public static AnswerKind Detect(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            switch (t)
            {
                case "who" or "whom" or "whose" or "whos":
                    return AnswerKind.Person;
                case "when" or "whens":
                    return AnswerKind.Time;
                case "where" or "wheres":
                    return AnswerKind.Place;
                case "how" when next is "many" or "much" or "big" or "large" or "old" or "long" or "far" or "often":
                    return AnswerKind.Number;
                case "what" or "which" when TimeNouns.Contains(next):
                    return AnswerKind.Time;
                case "what" or "which" when PlaceNouns.Contains(next):
                    return AnswerKind.Place;
                case "what" or "which" when next is "date" or "day":
                    return AnswerKind.Time;
                default:
                    break;
            }
        }
        // Terse questions such as "ternopil death toll?" still ask for a number.
        return tokens.Any(NumberNouns.Contains) ? AnswerKind.Number : AnswerKind.None;
    }
}
