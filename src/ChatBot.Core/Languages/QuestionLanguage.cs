namespace ChatBot.Core.Languages;

/// <summary>
/// Which language a question is in: the script and its letters first (і ї є ґ are Ukrainian, ы э ъ ё Russian), then
/// the words a German or French question cannot do without, then the asker's Telegram language as the tie-breaker.
/// </summary>
public static class QuestionLanguage
{
    public const string English = "en";
    public const string Ukrainian = "uk";
    public const string Russian = "ru";
    public const string German = "de";
    public const string French = "fr";

    public static string Detect(string question, string? languageCode, CrossLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        var cyrillic = 0;
        var (ukrainianLetters, russianLetters) = (0, 0);
        foreach (var c in question)
        {
            var lower = char.ToLowerInvariant(c);
            if (Script.IsCyrillic(lower))
            {
                cyrillic++;
                ukrainianLetters += lower is 'і' or 'ї' or 'є' or 'ґ' ? 1 : 0;
                russianLetters += lower is 'ы' or 'э' or 'ъ' or 'ё' ? 1 : 0;
            }
        }
        if (cyrillic > 0)
        {
            var uk = lexicon.FunctionWordHits(question, Ukrainian);
            var ru = lexicon.FunctionWordHits(question, Russian);
            // One letter of the other alphabet among words of this one is a slip of the keyboard ("пунктыв").
            var slip = Math.Abs(ukrainianLetters - russianLetters) == 1 && uk != ru &&
                       (uk > ru) != (ukrainianLetters > russianLetters);
            if (ukrainianLetters != russianLetters && !slip)
            {
                return ukrainianLetters > russianLetters ? Ukrainian : Russian;
            }
            // Letters shared by both: the words decide, then the asker's language.
            // A Ukrainian sentence of a few words nearly always has і, ї or є; a Russian one often lacks ы, э and ё.
            return uk != ru ? (uk > ru ? Ukrainian : Russian)
                : languageCode is Russian or Ukrainian ? languageCode
                : IsShort(question) ? Ukrainian : Russian;
        }
        var de = lexicon.FunctionWordHits(question, German);
        var fr = lexicon.FunctionWordHits(question, French);
        // One such word can be a name or a borrowing ("Die Welt"); two, or one in a short question, is the language.
        var best = Math.Max(de, fr);
        var likely = de > fr ? German : French;
        if (best >= 2 || (best == 1 && (languageCode is German or French || IsShort(question) || HasLetterOf(question, likely) ||
                                        lexicon.StartsWithWholeWord(question, likely) ||
                                        lexicon.IsUnaccentedSentence(question, likely))))
        {
            return de == fr ? (languageCode == French ? French : German) : de > fr ? German : French;
        }
        return English;
    }

    // "Angriff Harrow Tote", "Pourquoi Vale part ?": a terse question has no room for a second such word.
    private const int ShortWords = 4;

    private static bool IsShort(string question)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in question)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words <= ShortWords;
    }

    /// <summary>A letter English does not write: ä ö ü ß for German, é è ê à â î ô û ù ë ï ç œ for French.</summary>
    private static bool HasLetterOf(string question, string language)
    {
        foreach (var c in question)
        {
            var lower = char.ToLowerInvariant(c);
            if (language == German ? lower is 'ä' or 'ö' or 'ü' or 'ß' : lower is 'é' or 'è' or 'ê' or 'à' or 'â' or 'î' or 'ô' or 'û' or 'ù' or 'ë' or 'ï' or 'ç' or 'œ')
            {
                return true;
            }
        }
        return false;
    }
}
