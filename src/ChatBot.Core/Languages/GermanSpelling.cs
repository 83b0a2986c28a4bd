namespace ChatBot.Core.Languages;

/// <summary>German as typed on a keyboard without umlauts or ß: "fuer", "Vorschlaege", "heisst".</summary>
internal static class GermanSpelling
{
    /// <summary>
    /// The folded word with ae, oe, ue read as the umlauts they stand for (folded to a, o, u) and ss as ß, or null
    /// when it has none; ss is read as ß only when <paramref name="sharpS"/> ("muessen" is "müssen"). A vowel before the pair makes it a diphthong or a vowel of its own ("neue", "Feuer", "Bauer"),
    /// and qu is a consonant ("Quelle").
    /// </summary>
    public static string? Umlauts(string folded, bool sharpS)
    {
        System.Text.StringBuilder? sb = null;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            var previous = i > 0 ? folded[i - 1] : '\0';
            // The e of a participle's ge- is no vowel of the pair: "geaendert" is "geändert", also after a separable
            // prefix ("abgeaendert", "ausgeuebt").
            var afterGe = previous == 'e' && i >= 2 && folded[i - 2] == 'g';
            if (next == 'e' && c is 'a' or 'o' or 'u' && (!IsVowelOrQ(previous) || afterGe) && i > 0)
            {
                sb ??= new System.Text.StringBuilder(folded, 0, i, folded.Length);
                sb.Append(c);
                i++;
                continue;
            }
            if (sharpS && c == 's' && next == 's' && i > 0)
            {
                sb ??= new System.Text.StringBuilder(folded, 0, i, folded.Length);
                sb.Append('ß');
                i++;
                continue;
            }
            sb?.Append(c);
        }
        return sb?.ToString();
    }

    private static bool IsVowelOrQ(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'q';
}
