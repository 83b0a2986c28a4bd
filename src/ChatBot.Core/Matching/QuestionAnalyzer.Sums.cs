namespace ChatBot.Core.Matching;

/// <summary>What a question asks of a sum or a state: now or under a plan, a part of a given whole, in which currency.</summary>
public static partial class QuestionAnalyzer
{
    // "What would the region receive under the plan?" asks about the plan itself.
    private static readonly HashSet<string> Hypothetical = ["would", "could", "plan", "proposal", "proposed", "proposes", "under", "if"];

    // A loop, not List.Exists: a method group would allocate a delegate on every question.
    private static bool HasAny(List<string> tokens, HashSet<string> words)
    {
        foreach (var t in tokens)
        {
            if (words.Contains(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The concept of the number in "how many / how much of (the) N …", or -1.</summary>
    private static int GivenWhole(List<string> tokens, List<QueryConcept> concepts)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i] != "how" || tokens[i + 1] is not ("many" or "much") || tokens[i + 2] != "of")
            {
                continue;
            }
            var at = tokens[i + 3] == "the" ? i + 4 : i + 3;
            if (at >= tokens.Count || !char.IsDigit(tokens[at][0]))
            {
                return -1;
            }
            var c = ConceptAt(concepts, tokens[at]);
            return c >= 0 ? concepts[c].Id : -1;
        }
        return -1;
    }

    /// <summary>
    /// "At the moment", "at present": the present asked in two or three words, none of which says it alone. "At the
    /// moment of the blast", "at the moment when…" name a past instant.
    /// </summary>
    private static bool AtPresent(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "at" && (tokens[i + 1] == "present" ||
                (i + 2 < tokens.Count && tokens[i + 1] == "the" && tokens[i + 2] == "moment" &&
                 !(i + 3 < tokens.Count && tokens[i + 3] is "of" or "when"))))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AsksSum(List<QueryConcept> concepts)
    {
        var ofCurrency = false;
        var currency = false;
        foreach (var c in concepts)
        {
            if (CurrencyWords.AsksSum(c.Word))
            {
                return true;
            }
            ofCurrency |= CurrencyWords.AsksSumOfCurrency(c.Word);
            currency |= CurrencyWords.IsCurrency(c.Word);
        }
        return ofCurrency && currency;
    }

    /// <summary>The concept of the currency in "in (US) dollars", or -1.</summary>
    private static int InCurrency(List<string> tokens, List<QueryConcept> concepts)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] != "in")
            {
                continue;
            }
            // "in US dollars", "in Telsarian crowns": one qualifier may stand before the currency.
            var at = i + 2 < tokens.Count && !CurrencyWords.IsCurrency(tokens[i + 1]) ? i + 2 : i + 1;
            if (!CurrencyWords.IsCurrency(tokens[at]))
            {
                continue;
            }
            if (ConceptAt(concepts, tokens[at]) is var c and >= 0)
            {
                return concepts[c].Id;
            }
        }
        return -1;
    }
}
