namespace ChatBot.Core.Languages;

/// <summary>French elided articles and pronouns typed without their apostrophe: "lukraine", "dalderford", "lesprit".</summary>
internal static class FrenchElision
{
    // Shorter rests are too often a word of their own with a letter in front.
    private const int MinRest = 4;

    /// <summary>
    /// The folded word without a leading l, d, j, n or s that elides before a vowel or h (c before e), or null when it
    /// cannot be one. The caller reads the rest only when the whole word is unknown.
    /// </summary>
    public static string? Rest(string folded)
    {
        if (folded.Length - 1 < MinRest || folded[0] is not ('l' or 'd' or 'j' or 'n' or 's' or 'c') ||
            folded[1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h'))
        {
            return null;
        }
        // "c'" elides only before "est", "était": "canada" is no "c'anada".
        if (folded[0] == 'c' && folded[1] != 'e')
        {
            return null;
        }
        return folded[1..];
    }
}
