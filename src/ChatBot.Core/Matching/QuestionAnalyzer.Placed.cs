namespace ChatBot.Core.Matching;

/// <summary>
/// "How many died in the strikes on Harrow?": the names a question places its event at. A fact that never names the
/// place counts the dead of another strike, however alike its words.
/// </summary>
public static partial class QuestionAnalyzer
{
    /// <summary>The concepts of names that follow "in", "on" or "at" ("on Harrow", "in the Telsar Hills"), or empty.</summary>
    private static int[] PlacedNames(List<string> tokens, List<QueryConcept> concepts)
    {
        List<int>? placed = null;
        for (var i = 1; i < tokens.Count; i++)
        {
            var at = tokens[i - 1] is "the" && i >= 2 ? i - 2 : i - 1;
            // "on Wednesday" is a time; "in the Telsar draft" names the draft, not a place: the name ends its phrase.
            if (tokens[at] is not ("in" or "on" or "at") || AnswerKinds.CalendarNames.Contains(tokens[i]) ||
                (i + 1 < tokens.Count && !Lexicon.IsStopWord(tokens[i + 1]) && char.IsLetterOrDigit(tokens[i + 1][0])))
            {
                continue;
            }
            if (ConceptAt(concepts, tokens[i]) is var c and >= 0 && concepts[c].IsName && concepts[c].Id >= 0)
            {
                (placed ??= []).Add(concepts[c].Id);
            }
        }
        return placed is null ? [] : [.. placed];
    }
}
