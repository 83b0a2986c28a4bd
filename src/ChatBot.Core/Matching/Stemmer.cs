namespace ChatBot.Core.Matching;

/// <summary>
/// A light English suffix stripper. It only has to map a word's forms to one key consistently on both sides of a
/// comparison (query and fact), so it favours conflating forms ("heading", "heads", "head") over linguistic accuracy;
/// irregular forms of one word ("came", "come") are joined through WordNet's exception lists, different words of one
/// meaning (died/death) by the synonym table.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Lexicon.IrregularForms.TryGetValue(word, out var baseWord))
        {
            word = baseWord;
        }
        if (word.Length <= 3 || !char.IsLetter(word[^1]) || KeptWhole.Contains(word))
        {
            return word;
        }
        var w = StripPlural(word);
        // A demonym of a name English does not know is the name: "Marvonian" is "Marvonia" (real ones are synonyms).
        if (w.Length > 5 && w.EndsWith("ian", StringComparison.Ordinal) && Lexicon.RarityOf(w) == WordRarity.Rare)
        {
            return w[..^1];
        }
        w = StripSuffix(w);
        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }
        if (w.Length > 3 && w[^1] == w[^2] && !IsVowel(w[^1]))
        {
            w = w[..^1];
        }
        return w;
    }

    // Plurals whose stripped form is another word: "lives" (of "life", as in "lost their lives") would join the verb
    // "live", so "How many people live in the town?" would ask what the death toll answers.
    private static readonly HashSet<string> KeptWhole = new(["lives"], StringComparer.Ordinal);

    private static string StripPlural(string w)
    {
        if ((w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) ||
            w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w[^1] == 's' && w.Length > 3 && w[^2] is not ('s' or 'u' or 'i'))
        {
            return w[..^1];
        }
        return w;
    }

    private static readonly (string Suffix, int MinStem)[] Suffixes =
    [
        ("ments", 4), ("ment", 4), ("ings", 3), ("ing", 3), ("ions", 4), ("ion", 4),
        ("ers", 4), ("er", 4), ("edly", 4), ("ed", 3), ("ly", 4), ("ness", 4), ("ity", 4),
    ];

    private static string StripSuffix(string w)
    {
        foreach (var (suffix, minStem) in Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= minStem &&
                HasVowel(w.AsSpan(0, w.Length - suffix.Length)))
            {
                return w[..^suffix.Length];
            }
        }
        return w;
    }

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsVowel(c) || c == 'y')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
