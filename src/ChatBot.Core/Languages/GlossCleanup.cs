namespace ChatBot.Core.Languages;

/// <summary>Word-by-word glosses that read otherwise in English than the question meant.</summary>
internal static class GlossCleanup
{
    private static readonly HashSet<string> Offices = ["position", "post"];

    /// <summary>
    /// "Яку посаду обіймає X?", "Quel poste occupe X ?" ask what X is: the verb of holding an office says nothing
    /// the office noun does not, and "hold" would read as holding talks or ground.
    /// </summary>
    public static string Apply(string glossed)
    {
        var words = glossed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Contains("hold", StringComparer.Ordinal) || !words.Any(Offices.Contains))
        {
            return glossed;
        }
        return string.Join(' ', words.Where(w => w != "hold"));
    }
}
