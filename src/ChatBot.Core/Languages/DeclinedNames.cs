using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

/// <summary>
/// A Ukrainian or Russian name in any case, read as the store spells it: without its case ending ("Холловею" →
/// "holloway"), a surname declined as an adjective as "-sky", a name transliterated otherwise by its consonants, and a
/// short first name in the nominative.
/// </summary>
internal static class DeclinedNames
{
    // Case endings of Ukrainian and Russian nouns and adjectives, longest first, tried when the whole word is unknown.
    private static readonly string[] CaseEndings =
        ["ому", "ого", "ими", "ами", "ями", "ові", "еві", "ом", "ем", "ою", "ею", "ої", "ій", "ий", "им", "ым", "ых", "их",
         "ах", "ях", "ам", "ям", "ів", "їв", "ов", "ев", "ей", "у", "ю", "і", "и", "ы", "а", "я", "е", "ь"];

    // The masculine endings of a surname declined as an adjective (-ський, -ский); feminine forms stay "-ska".
    private static readonly string[] AdjectiveEndings = ["ого", "ому", "ий", "ій", "им", "ім", "ом", "ый"];

    // The longest declined short first name: a three- or four-letter stem and its ending ("Рену", "Кіта", "Джона").
    private const int ShortName = 6;

    /// <summary>The store's spelling of a Cyrillic word the lexicon lacks, read as a name, or null.</summary>
    /// <param name="word">As written, in Cyrillic.</param>
    /// <param name="language">Ukrainian or Russian.</param>
    /// <param name="known">Whether the store knows a word or can correct it to one.</param>
    /// <param name="names">The store's names by their consonants.</param>
    /// <param name="curated">A curator's question, glossed knowing its fact's words: a short first name is the fact's.</param>
    public static string? Read(string word, string language, Func<string, bool> known, NameSkeletons? names, bool curated)
    {
        var lower = word.ToLowerInvariant();
        // "Боровським", "Боровского": a surname of adjective form is spelled "-sky" in English in every case, where
        // its case ending transliterated ("borovskym") is a letter or two from it and from other names.
        if (AdjectiveSurname(lower, language) is { } surname && known(surname))
        {
            return names?.Find(surname) ?? surname;
        }
        foreach (var hardG in (bool[])[false, true])
        {
            // A known spelling may be a curator's transliteration of a name the store spells otherwise: its skeleton says.
            if (Transliteration.ToLatin(lower, language, hardG) is var whole && known(whole))
            {
                return names?.Find(whole) ?? whole;
            }
            if (FirstStem(lower, 4, int.MaxValue, stem => Transliteration.ToLatin(stem, language, hardG) is var s && known(s) ? s : null) is { } found)
            {
                return names?.Find(found) ?? found;
            }
        }
        // A name spelled otherwise than by letter ("Вейнер" for Weiner, "Джордж" for George): by its consonants.
        if (names is not null && (names.Find(Transliteration.ToLatin(lower, language, hardG: true)) ??
                                  FirstStem(lower, 3, int.MaxValue, stem => names.Find(Transliteration.ToLatin(stem, language, hardG: true)))) is { } name)
        {
            return name;
        }
        // "Рену Холловею", "Рена Холловея": a short first name the store spells otherwise is read in the nominative the
        // asker would have typed ("ren"), as a declined form adds letters no spelling of the name has.
        if (char.IsUpper(word[0]) && lower.Length <= ShortName && FirstStem(lower, 3, 4, static stem => stem) is { } nominative)
        {
            var stem = Transliteration.ToLatin(nominative, language).ToLowerInvariant();
            var whole = Transliteration.ToLatin(lower, language).ToLowerInvariant();
            // A curator's question names its fact's people: "Рена" is the fact's "Ron", and "Олена" its "Olena" before
            // any name its stem could be.
            if (curated && names is not null)
            {
                return names.FindShort(whole) ?? names.FindShort(stem) ?? stem;
            }
            // "Рига" is no "rig": a stem that is an English word would be read as that word, not as a name.
            return Lexicon.RarityOf(stem) == WordRarity.Rare ? stem : whole;
        }
        return null;
    }

    /// <summary>The first non-null reading of the word without a case ending, its stem <paramref name="minStem"/> to
    /// <paramref name="maxStem"/> letters long, or null.</summary>
    private static string? FirstStem(string lower, int minStem, int maxStem, Func<string, string?> read)
    {
        foreach (var ending in CaseEndings)
        {
            if (lower.Length - ending.Length is var length && length >= minStem && length <= maxStem &&
                lower.EndsWith(ending, StringComparison.Ordinal) && read(lower[..^ending.Length]) is { } reading)
            {
                return reading;
            }
        }
        return null;
    }

    /// <summary>The "-sky" spelling of a Cyrillic surname declined as an adjective ("Боровському"), or null.</summary>
    private static string? AdjectiveSurname(string lower, string language)
    {
        foreach (var ending in AdjectiveEndings)
        {
            if (lower.Length - ending.Length >= 5 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                // Ukrainian softens the consonant before the к: "-ськ-", "-цьк-".
                var stem = lower[..^ending.Length].Replace("ьк", "к", StringComparison.Ordinal);
                if (stem.EndsWith("ск", StringComparison.Ordinal) || stem.EndsWith("цк", StringComparison.Ordinal) ||
                    stem.EndsWith("зк", StringComparison.Ordinal))
                {
                    return Transliteration.ToLatin(stem, language) + "y";
                }
            }
        }
        return null;
    }
}
