using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

public sealed partial class CrossLexicon
{
    /// <summary>
    /// The English words for two words the list has as one phrase, a key with a space ("за словами" is "according
    /// to", "що за" is "what" though "за" alone is "for"), or null.
    /// </summary>
    public string[]? TranslatePhrase(string first, string second, string language)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!_tables.TryGetValue(language, out var table) || table.PhraseStarts.Count == 0 || first.Length > MaxWord)
        {
            return null;
        }
        // Most words start no phrase: they are checked folded in place, without building strings.
        Span<char> folded = stackalloc char[first.Length];
        for (var i = 0; i < first.Length; i++)
        {
            folded[i] = TokenReader.Fold(first[i]);
        }
        if (!table.PhraseStartLookup.Contains(folded))
        {
            return null;
        }
        return table.Words.TryGetValue(string.Concat(Fold(first), " ", Fold(second)), out var words) ? words : null;
    }

    /// <summary>
    /// Whether the question opens with a word the language's list has whole and English does not ("Quel grade a
    /// Orrin Vale ?"): a question word leads, where a name or borrowing the list knows by a stem may stand anywhere.
    /// </summary>
    public bool StartsWithWholeWord(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!_tables.TryGetValue(language, out var table))
        {
            return false;
        }
        var start = 0;
        while (start < question.Length && !char.IsLetter(question[start]))
        {
            start++;
        }
        var end = start;
        while (end < question.Length && char.IsLetter(question[end]))
        {
            end++;
        }
        if (end == start || end - start > MaxWord)
        {
            return false;
        }
        Span<char> word = stackalloc char[end - start];
        for (var i = 0; i < word.Length; i++)
        {
            word[i] = TokenReader.Fold(question[start + i]);
        }
        return !StopWords.Contains(word) && !CommonWords.Contains(word) && !KnownWords.Contains(word) && table.WordLookup.ContainsKey(word);
    }

    // A compound's last part is a word of its own, not an ending: "Armeesprecher" ends in "sprecher", "Bedingungen" in "ungen".
    private const int MinCompoundTail = 5;

    /// <summary>
    /// The English words for a German compound the list has only as its parts, or null: "Armeesprecher" is "army
    /// spokesperson" and "Großinvasion" "large invasion", where the longest stem alone ("armee") would drop the part
    /// that says what is asked. The last part may follow a linking s, es, n or en and end in up to three letters of
    /// inflection.
    /// </summary>
    public string[]? TranslateGermanCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!_tables.TryGetValue(QuestionLanguage.German, out var table) || table.Words.ContainsKey(word))
        {
            return null;
        }
        var head = table.StemLength(word);
        if (head == 0 || word.Length - head < MinCompoundTail)
        {
            return null;
        }
        var rest = word.AsSpan(head);
        foreach (var link in (ReadOnlySpan<string>)["", "s", "es", "n", "en"])
        {
            if (!rest.StartsWith(link, StringComparison.Ordinal) || rest.Length - link.Length < MinCompoundTail)
            {
                continue;
            }
            var tail = rest[link.Length..];
            var length = table.StemLength(tail);
            if (length >= MinPrefix + 1 && tail.Length - length <= 3 && table.Stem(tail) is { } last && table.Stem(word) is { } first)
            {
                return [.. first, .. last];
            }
        }
        return null;
    }

    // A participle's verb must keep a stem of its own: "gesagt" without ge- is no word the list could know.
    private const int MinParticipleStem = 4;

    /// <summary>
    /// The English words for a German past participle the list has only as its verb, or null: "geändert" is "ändert"
    /// with the prefix ge-, and a curated stem ("ander") covers every form but that one. Inflected words this long
    /// that the list lacks are otherwise dropped, and with them the verb that says what is asked.
    /// </summary>
    public string[]? TranslateGermanParticiple(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!word.StartsWith("ge", StringComparison.Ordinal) || word.Length - 2 <= MinParticipleStem ||
            !_tables.TryGetValue(QuestionLanguage.German, out var table))
        {
            return null;
        }
        var verb = word.AsSpan(2);
        return table.StemLength(verb) >= MinParticipleStem ? table.Stem(verb) : null;
    }

    // Shorter words are one letter from too many others ("кого", "кому") to guess which was meant; a typo may drop a
    // letter of a longer one ("такй").
    private const int MinTypo = 5;

    /// <summary>
    /// The English words for a word one typo (a letter missing, extra, wrong or two swapped) from one whole word of
    /// the list ("сколко", "такй") or within one stem ("теріторії"), when all such read alike, or null: typed questions drop a soft sign or a letter as often as
    /// English ones, and an unknown lower-case word would otherwise count as a rare name the fact does not mention.
    /// </summary>
    public string[]? TranslateNear(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinTypo - 1 || !_tables.TryGetValue(language, out var table))
        {
            return null;
        }
        string[]? found = null;
        string? foundKey = null;
        foreach (var (key, words) in table.TypoWords.GetValueOrDefault(word[0]) ?? [])
        {
            if (Math.Abs(key.Length - word.Length) <= 1 && OneTypo(word, key))
            {
                if (found is not null && !words.AsSpan().SequenceEqual(found))
                {
                    return null;
                }
                (found, foundKey) = (words, key);
            }
        }
        // A stem mistyped within its letters ("теріторії" for "територі…"): the word's start of about its length.
        foreach (var (key, words) in table.TypoStems.GetValueOrDefault(word[0]) ?? [])
        {
            for (var length = key.Length - 1; length <= key.Length + 1 && length <= word.Length; length++)
            {
                if (OneTypo(word.AsSpan(0, length), key) && !word.StartsWith(key, StringComparison.Ordinal))
                {
                    if (found is not null && !words.AsSpan().SequenceEqual(found))
                    {
                        return null;
                    }
                    (found, foundKey) = (words, key);
                    break;
                }
            }
        }
        return foundKey is null ? null : found;
    }

    /// <summary>Whether two different words are one edit apart (optimal string alignment, distance 1).</summary>
    private static bool OneTypo(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return false;
        }
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var restA = a[prefix..];
        var restB = b[prefix..];
        if (restA.Length == restB.Length)
        {
            return restA[1..].SequenceEqual(restB[1..]) ||
                   (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }
        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }
}
