using System.Text;

namespace ChatBot.Core.Languages;

/// <summary>
/// Cyrillic names into the Latin letters English reporting uses ("Холловей" → "Kholovei", "Боровський" → "Borovskyi"),
/// close enough for the store's spelling corrector to find the name it knows ("Holloway", "Borovsky").
/// </summary>
public static class Transliteration
{
    // Letters both languages write alike; Ukrainian differs in г (h) and и (y).
    private static readonly Dictionary<char, string> Common = Pairs(
        "а a|б b|в v|г g|ґ g|д d|е e|є ye|ж zh|з z|и i|і i|ї yi|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|" +
        "х kh|ц ts|ч ch|ш sh|щ shch|ь |ю yu|я ya|ы y|э e|ъ |ё yo");

    private static readonly Dictionary<char, string> Ukrainian = Pairs("г h|и y");

    private static Dictionary<char, string> Pairs(string table) =>
        table.Split('|').ToDictionary(p => p[0], p => p[2..]);

    /// <param name="word">Cyrillic letters (others are kept).</param>
    /// <param name="language">Ukrainian writes г as "h"; English spells many such names with "g" (Гудман, Goodman).</param>
    /// <param name="hardG">Write Ukrainian г as "g", as in a foreign name.</param>
    public static string ToLatin(string word, string language, bool hardG = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        var ukrainian = language == QuestionLanguage.Ukrainian;
        var sb = new StringBuilder(word.Length + 4);
        var start = 0;
        // Russian writes an English w before a vowel as у: "Уинслоу" is Winslow, "Уолтер" Walter.
        if (word.Length > 2 && char.ToLowerInvariant(word[0]) == 'у' && char.ToLowerInvariant(word[1]) is 'и' or 'о' or 'э' or 'е')
        {
            sb.Append(char.IsUpper(word[0]) ? 'W' : 'w');
            start = 1;
        }
        foreach (var c in word.AsSpan(start))
        {
            var lower = char.ToLowerInvariant(c);
            var latin = ukrainian && !(hardG && lower == 'г') && Ukrainian.TryGetValue(lower, out var uk) ? uk
                : Common.TryGetValue(lower, out var common) ? common
                : lower.ToString();
            if (sb.Length == 0 && latin.Length > 0 && char.IsUpper(c))
            {
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
            }
            else
            {
                sb.Append(latin);
            }
        }
        return sb.ToString();
    }

    // English letters as Russian and Ukrainian name them, for abbreviations spelled out ("Би-би-си", "сі-бі-ес"); the
    // bare vowels (и, і, ю) are left out, being words of their own.
    private static readonly Dictionary<string, char> LetterNames =
        ("эй a|ей a|би b|бі b|си c|сі c|ди d|ді d|эф f|еф f|джи g|джі g|эйч h|ейч h|ай i|джей j|кей k|эл l|ел l|" +
         "эм m|ем m|эн n|ен n|оу o|пи p|пі p|кью q|ар r|эс s|ес s|ти t|ті t|ви v|ві v|экс x|екс x|уай y|зед z").Split('|').ToDictionary(p => p[..^2], p => p[^1], StringComparer.Ordinal);

    /// <summary>
    /// An English abbreviation spelled out letter by letter in Cyrillic, hyphenated ("Би-би-си" is "bbc", "сі-ен-ен"
    /// "cnn"), or null when any part is no letter's name.
    /// </summary>
    public static string? SpelledAbbreviation(string compound)
    {
        ArgumentNullException.ThrowIfNull(compound);
        var parts = compound.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }
        var sb = new StringBuilder(parts.Length);
        foreach (var part in parts)
        {
            if (!LetterNames.TryGetValue(part, out var letter))
            {
                return null;
            }
            sb.Append(letter);
        }
        return sb.ToString();
    }

    /// <summary>
    /// An English abbreviation spelled out as one word, its letters' names run together ("бібісі" is "bbc"), or null
    /// when the word does not split wholly into three or more letter names.
    /// </summary>
    public static string? RunTogetherAbbreviation(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = new StringBuilder(4);
        return SplitLetterNames(word.ToLowerInvariant(), 0, letters) && letters.Length >= 3 ? letters.ToString() : null;
    }

    private static bool SplitLetterNames(string word, int at, StringBuilder letters)
    {
        if (at == word.Length)
        {
            return true;
        }
        // Names are two to four letters long; a name that leaves no split of the rest is undone.
        for (var length = 2; length <= 4 && at + length <= word.Length; length++)
        {
            if (LetterNames.TryGetValue(word.Substring(at, length), out var letter))
            {
                letters.Append(letter);
                if (SplitLetterNames(word, at + length, letters))
                {
                    return true;
                }
                letters.Length--;
            }
        }
        return false;
    }
}
