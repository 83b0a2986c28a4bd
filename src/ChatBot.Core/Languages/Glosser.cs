using System.Text;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

/// <summary>
/// A question in Ukrainian, Russian, German or French, word by word in the English words a fact would use, so the one
/// matcher (and its answerability checks) serves every language: "Хто очолює делегацію?" → "who heads delegation?".
/// A word the lexicon lacks is kept when it is, or can be corrected to, a word of the store (a name, a borrowing), in
/// Latin letters and without its case ending ("Холловею" → "hollove…"); otherwise only when written as a name:
/// an inflected word the lexicon lacks ("переглянутий") would count as a rare name the fact does not mention.
/// </summary>
public sealed class Glosser(CrossLexicon lexicon)
{
    /// <summary>The glosser over the shipped lexicons; it holds no state of its own, so one serves every caller.</summary>
    public static Glosser Shared => SharedHolder.Instance;

    private static class SharedHolder
    {
        public static readonly Glosser Instance = new(CrossLexicon.Shared);
    }

    // Longer than most names: an unknown word this long, written in lower case, is an inflected word the lexicon lacks.
    private const int LongWord = 8;

    /// <param name="question">As asked.</param>
    /// <param name="languageCode">The asker's Telegram language, the tie-breaker for detection.</param>
    /// <param name="known">Whether the store knows a word or can correct it to one (its names, its vocabulary).</param>
    public GlossedQuestion Gloss(string question, string? languageCode = null, Func<string, bool>? known = null) =>
        GlossAs(question, Detect(question, languageCode), known);



    /// <summary>
    /// A curator's question for one fact, glossed knowing that fact's own English words: the names it spells
    /// ("Холловей" → "holloway", "Hollowej" → "holloway"), so the question names the people the fact does and a
    /// question asked in that language later finds them under the store's spelling.
    /// </summary>
    /// <param name="question">As the curator wrote it.</param>
    /// <param name="language">Its language, or null to detect it.</param>
    /// <param name="english">The fact's English texts: its question, answer and quotes.</param>
    public GlossedQuestion GlossFor(string question, string? language, IEnumerable<string> english)
    {
        ArgumentNullException.ThrowIfNull(english);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in english)
        {
            foreach (var w in Tokenizer.Tokenize(text))
            {
                words.Add(w);
            }
        }
        return GlossCore(question, language ?? Detect(question, null), words.Contains, NameSkeletons.Build(words, shortNames: true), curated: true);
    }

    public string Detect(string question, string? languageCode) => QuestionLanguage.Detect(question, languageCode, lexicon);

    /// <summary>The question in English words, read as <paramref name="language"/>.</summary>
    /// <param name="question">As asked.</param>
    /// <param name="language">What it was detected to be.</param>
    /// <param name="known">Whether the store knows a word or can correct it to one.</param>
    /// <param name="names">The store's names by their consonants, for names transliterated otherwise than it spells them.</param>
    public GlossedQuestion GlossAs(string question, string language, Func<string, bool>? known = null, NameSkeletons? names = null) =>
        GlossCore(question, language, known, names, curated: false);

    /// <param name="curated">A curator's question, glossed for the index knowing its fact's words: a short first name
    /// is read as the fact's ("Рена" → "ron"), where an asker's is read in the nominative ("ren").</param>
    private GlossedQuestion GlossCore(string question, string language, Func<string, bool>? known, NameSkeletons? names, bool curated)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (language == QuestionLanguage.English)
        {
            return new GlossedQuestion(question, language);
        }
        var dropped = 0;
        var glossed = GlossPass(question, language, known, names, new Pass(KeepUnknown: false, curated), ref dropped);
        // "was ist die hauptstadt von australien": with its unknown words left out, a question can keep only a word or
        // two the store knows ("what is capital") and read as one it answers. When they outnumber what it kept, they
        // are its topic: kept as written, they count as words no fact mentions, as they would in English.
        if (dropped > 0 && dropped >= ContentWords(glossed))
        {
            glossed = GlossPass(question, language, known, names, new Pass(KeepUnknown: true, curated), ref dropped);
        }
        return new GlossedQuestion(glossed, language);
    }

    private static int ContentWords(string glossed)
    {
        var count = 0;
        foreach (var word in glossed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            count += word != "?" && !Lexicon.StopWords.Contains(word) ? 1 : 0;
        }
        return count;
    }

    private string GlossPass(string question, string language, Func<string, bool>? known, NameSkeletons? names, Pass pass, ref int dropped)
    {
        var sb = new StringBuilder(question.Length + 16);
        var words = CrossLexicon.Words(question, hyphens: true).ToList();
        var count = WordOrder.GlossedCount(words, language);
        var toMeansBefore = WordOrder.ToMeansBefore(words, language);
        for (var i = 0; i < count; i++)
        {
            var compound = words[i];
            if (toMeansBefore && compound.Equals("до", StringComparison.OrdinalIgnoreCase))
            {
                sb.Append("before ");
                continue;
            }
            // "Quand est ce que …" typed without hyphens asks "quand ?": only "c'est ce que" says "is this what".
            if (language == QuestionLanguage.French && WordOrder.IsUnhyphenatedEstCeQue(words, i, count))
            {
                i += 2;
                continue;
            }
            // French "ou" is "or" and only "où" is "where", though a typed question drops the accent where "où" opens it
            // or follows "d'"; folding accents would merge the two.
            if (language == QuestionLanguage.French && compound == "ou" && i > 0 && !words[i - 1].Equals("d", StringComparison.OrdinalIgnoreCase) &&
                !WordOrder.IsBeOrGo(words[i - 1]))
            {
                sb.Append("or ");
                continue;
            }
            if (i + 1 < count &&
                lexicon.TranslatePhrase(compound, words[i + 1], language) is { } phrase)
            {
                foreach (var e in phrase)
                {
                    sb.Append(e).Append(' ');
                }
                i++;
                // "Qu'est-ce qui/que" asks one "what": the pronoun after it would add a "who" or a second "what".
                if (language == QuestionLanguage.French && words[i].Equals("est-ce", StringComparison.OrdinalIgnoreCase) && i + 1 < count &&
                    words[i + 1].ToLowerInvariant() is "qui" or "que" or "qu")
                {
                    i++;
                }
                continue;
            }
            if (compound.Contains('-', StringComparison.Ordinal))
            {
                if (lexicon.TranslateCompound(CrossLexicon.Fold(compound), language) is { } whole)
                {
                    foreach (var e in whole)
                    {
                        sb.Append(e).Append(' ');
                    }
                    continue;
                }
                if (Transliteration.SpelledAbbreviation(compound) is { } abbreviation)
                {
                    sb.Append(abbreviation).Append(' ');
                    continue;
                }
                var parts = compound.Split('-', StringSplitOptions.RemoveEmptyEntries);
                for (var p = 0; p < parts.Length; p++)
                {
                    if (p == 0 || !WordOrder.IsInvertedPronoun(parts[p], language))
                    {
                        GlossWord(parts[p], language, known, names, sb, pass, ref dropped);
                    }
                }
                continue;
            }
            GlossWord(compound, language, known, names, sb, pass, ref dropped);
        }
        if (question.Contains('?', StringComparison.Ordinal))
        {
            sb.Append('?');
        }
        return EnglishOrder.Apply(GlossCleanup.Apply(sb.ToString().TrimEnd()));
    }

    private void GlossWord(string word, string language, Func<string, bool>? known, NameSkeletons? names, StringBuilder sb, Pass pass,
        ref int dropped)
    {
        // French "a" is "has", an auxiliary; only "à" is "to", and folding accents would merge the two.
        if (language == QuestionLanguage.French && word == "a")
        {
            return;
        }
        var folded = CrossLexicon.Fold(word);
        var english = Translate(folded, language);
        // "fuehrt", "Vorschlaege", "heisst": umlauts and ß typed as ae, oe, ue and ss, read so only when the word as
        // typed is none the list knows ("aktuell", "Israel" are words of their own).
        if (english is null && language == QuestionLanguage.German)
        {
            english = (GermanSpelling.Umlauts(folded, sharpS: false) is { } umlauts ? Translate(umlauts, language) : null) ??
                      (GermanSpelling.Umlauts(folded, sharpS: true) is { } sharp ? Translate(sharp, language) : null);
        }
        // "trift" for "trifft": a doubled consonant typed once, which the one-edit typo reading finds ambiguous
        // ("tritt" is one edit away too). Not in short words, which are as often a name typed lower case ("dan").
        if (english is null && word.Length > 3 && !char.IsUpper(word[0]) && !Script.HasCyrillic(word))
        {
            english = Doubled(folded, language);
        }
        // "lukraine", "lesprit": French elision typed without its apostrophe, read so only when the word is unknown.
        if (english is null && language == QuestionLanguage.French && !char.IsUpper(word[0]) && (known is null || !known(folded)) &&
            FrenchElision.Rest(folded) is { } rest)
        {
            english = lexicon.Translate(rest, language);
            if (english is null && known is not null && folded[0] is 'l' or 'd' && known(rest))
            {
                sb.Append(rest).Append(' ');
                return;
            }
        }
        if (english is not null)
        {
            foreach (var e in english)
            {
                sb.Append(e).Append(' ');
            }
            return;
        }
        // An empty reading is a word that carries nothing ("-" in the list), read through a typo.
        if (Keep(word, language, known, names, pass) is { } kept)
        {
            if (kept.Length > 0)
            {
                sb.Append(kept).Append(' ');
            }
        }
        else
        {
            dropped++;
        }
    }

    private string[]? Translate(string folded, string language) =>
        (language == QuestionLanguage.German ? lexicon.TranslateGermanCompound(folded) : null) ??
        lexicon.Translate(folded, language) ??
        (language == QuestionLanguage.German ? lexicon.TranslateGermanParticiple(folded) : null);

    /// <summary>What the word reads as with one consonant after a vowel doubled, when every such reading agrees.</summary>
    private string[]? Doubled(string folded, string language)
    {
        string[]? found = null;
        for (var i = 1; i < folded.Length; i++)
        {
            var c = folded[i];
            if (!char.IsAsciiLetterLower(c) || IsVowel(c) || !IsVowel(folded[i - 1]) ||
                (i + 1 < folded.Length && folded[i + 1] == c))
            {
                continue;
            }
            if (lexicon.Translate(folded.Insert(i, c.ToString()), language) is { } words)
            {
                if (found is not null && !words.AsSpan().SequenceEqual(found))
                {
                    return null;
                }
                found = words;
            }
        }
        return found;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    /// <summary>The word as the matcher should see it, empty when it carries nothing, or null when nothing reads it.</summary>
    /// <param name="pass">Whether a long lower-case word nothing reads is kept rather than left out, and whether the
    /// question is a curator's.</param>
    private string? Keep(string word, string language, Func<string, bool>? known, NameSkeletons? names, Pass pass)
    {
        if (!Script.HasCyrillic(word))
        {
            if (known is null)
            {
                return word;
            }
            // Lower case, so the matcher corrects it to the store's spelling: it leaves words written as names alone.
            if (known(word.ToLowerInvariant()))
            {
                return word.ToLowerInvariant();
            }
            // "Hollowej", "Schemtschuk", "Chemtchouk": a name as German or French spell it, found by its consonants.
            if (names?.Find(AsEnglishLetters(word.ToLowerInvariant(), language)) is { } name)
            {
                return name;
            }
            // "trift", "bestatigt": a common word mistyped, read as in Cyrillic questions, once the store's words are tried.
            if (!char.IsUpper(word[0]) && lexicon.TranslateNear(CrossLexicon.Fold(word), language) is { } typo)
            {
                return string.Join(' ', typo);
            }
            return char.IsUpper(word[0]) || word.Length < LongWord ? word : pass.KeepUnknown ? word.ToLowerInvariant() : null;
        }
        // Lower case: a transliterated name is spelled as the store spells it only after correction, which the
        // matcher skips for words written as names.
        // No Ukrainian or Russian word is the one letter х: it is an X typed on a Cyrillic keyboard ("написав в Х").
        if (word is "х" or "Х")
        {
            return "x";
        }
        var latin = Transliteration.ToLatin(word, language).ToLowerInvariant();
        if (known is null)
        {
            return latin;
        }
        // An abbreviation spelled out as one word ("бібісі"), before the typo reading makes another word of it.
        if (Transliteration.RunTogetherAbbreviation(word) is { } abbreviation && known(abbreviation))
        {
            return abbreviation;
        }
        // A common word mistyped ("сколко", "такй"), before the store's corrector makes a name of it.
        if (!char.IsUpper(word[0]) && lexicon.TranslateNear(CrossLexicon.Fold(word), language) is { } near)
        {
            return string.Join(' ', near);
        }
        if (DeclinedNames.Read(word, language, known, names, pass.Curated) is { } declined)
        {
            return declined;
        }
        return char.IsUpper(word[0]) || word.Length < LongWord || pass.KeepUnknown ? latin : null;
    }

    /// <param name="KeepUnknown">Whether a long lower-case word nothing reads is kept rather than left out.</param>
    /// <param name="Curated">Whether the question is a curator's, glossed for the index.</param>
    private readonly record struct Pass(bool KeepUnknown, bool Curated);

    /// <summary>German and French spellings of sounds English writes otherwise (sch, j; ch, ou).</summary>
    private static string AsEnglishLetters(string word, string language) => language switch
    {
        QuestionLanguage.German => word.Replace("tsch", "ch", StringComparison.Ordinal).Replace("sch", "sh", StringComparison.Ordinal)
            .Replace('j', 'y'),
        QuestionLanguage.French => word.Replace("ch", "sh", StringComparison.Ordinal).Replace("ou", "u", StringComparison.Ordinal),
        _ => word,
    };
}
