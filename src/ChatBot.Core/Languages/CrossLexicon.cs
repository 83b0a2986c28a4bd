using System.Collections.Frozen;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

/// <summary>
/// Curated word lists (data/lexicon/uk.tsv, ru.tsv, de.tsv, fr.tsv) from another language's words into the English
/// words a fact would use. A key is a stem matched as the longest prefix of a word ("переговор" for "переговорів"),
/// or, marked with "$", a whole word (question words, pronouns, prepositions) or two ("за словами"); "-" means the
/// word carries nothing.
/// </summary>
public sealed partial class CrossLexicon
{
    private const int MinPrefix = 3;

    private readonly Dictionary<string, Table> _tables;

    private CrossLexicon(Dictionary<string, Table> tables) => _tables = tables;

    public static CrossLexicon Shared => Holder.Instance;

    public static CrossLexicon Load(IReadOnlyDictionary<string, IEnumerable<string>> linesByLanguage)
    {
        ArgumentNullException.ThrowIfNull(linesByLanguage);
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var (language, lines) in linesByLanguage)
        {
            var table = new Table();
            foreach (var line in lines)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    continue;
                }
                var key = Fold(line[..tab].Trim());
                var english = line[(tab + 1)..].Trim();
                var words = english == "-" ? [] : english.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (key.EndsWith('$'))
                {
                    table.Words[key[..^1]] = words;
                    if (key.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
                    {
                        table.PhraseStarts.Add(key[..space]);
                    }
                }
                else if (key.Length >= MinPrefix)
                {
                    table.Stems[key] = words;
                    table.Longest = Math.Max(table.Longest, key.Length);
                }
            }
            table.IndexForTypos();
            tables[language] = table;
        }
        return new CrossLexicon(tables);
    }

    /// <summary>The English words for one folded word, null when the list has none (a name, a borrowing).</summary>
    public string[]? Translate(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!_tables.TryGetValue(language, out var table))
        {
            return null;
        }
        return table.Words.TryGetValue(word, out var exact) ? exact : table.Stem(word);
    }

    /// <summary>
    /// The English words for a hyphenated compound the list has as one entry ("porte-parole", "cessez-le-feu",
    /// "états-unis"), or null: its parts are then glossed one by one.
    /// </summary>
    public string[]? TranslateCompound(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!_tables.TryGetValue(language, out var table))
        {
            return null;
        }
        if (table.Words.TryGetValue(word, out var exact))
        {
            return exact;
        }
        for (var length = Math.Min(word.Length, table.Longest); length > word.IndexOf('-', StringComparison.Ordinal); length--)
        {
            if (table.Stems.TryGetValue(word[..length], out var words))
            {
                return words;
            }
        }
        return null;
    }

    /// <summary>How many of the question's words the language's list knows and English does not ("wer", "leitet").</summary>
    /// <remarks>Runs on every question, English ones included: words are read in place, without building strings.</remarks>
    public int FunctionWordHits(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!_tables.TryGetValue(language, out var table))
        {
            return 0;
        }
        var latin = language is QuestionLanguage.German or QuestionLanguage.French;
        Span<char> buffer = stackalloc char[MaxWord];
        var hits = 0;
        for (var i = 0; i < question.Length;)
        {
            var length = ReadFoldedWord(question, ref i, buffer);
            if (length is 0 or > MaxWord)
            {
                continue;
            }
            var word = buffer[..length];
            if (latin && (StopWords.Contains(word) || CommonWords.Contains(word) || KnownWords.Contains(word)))
            {
                continue;
            }
            hits += table.WordLookup.ContainsKey(word) || table.Stem(word) is not null ? 1 : 0;
        }
        return hits;
    }

    private const int MaxWord = 64;

    /// <summary>
    /// Reads the word at <paramref name="i"/> folded into <paramref name="buffer"/> and moves past the character after
    /// it; the length returned may exceed the buffer, so a word too long to look up is skipped, not cut.
    /// </summary>
    private static int ReadFoldedWord(string question, ref int i, Span<char> buffer)
    {
        var length = 0;
        for (; i < question.Length && char.IsLetterOrDigit(question[i]); i++)
        {
            if (length < buffer.Length)
            {
                buffer[length] = TokenReader.Fold(question[i]);
            }
            length++;
        }
        i++;
        return length;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        Lexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords =
        Lexicon.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownWords =
        Lexicon.KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words as written, split at anything but letters and digits (so "l'armée" is "l" and "armée"), except that an
    /// apostrophe inside a Ukrainian word is dropped ("п'ять" is "пять", as the lexicon also lists it).
    /// </summary>
    public static IEnumerable<string> Words(string text) => Words(text, hyphens: false);

    /// <param name="text">The text to split.</param>
    /// <param name="hyphens">Whether a hyphen between letters joins them into one word ("porte-parole").</param>
    public static IEnumerable<string> Words(string text, bool hyphens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new System.Text.StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word.Append(text[i]);
                continue;
            }
            if (hyphens && i < text.Length && text[i] == '-' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                word.Append('-');
                continue;
            }
            if (i < text.Length && text[i] is '\'' or '\u2019' or '\u02BC' && word.Length > 0 && Script.IsCyrillic(word[^1]) &&
                i + 1 < text.Length && Script.IsCyrillic(text[i + 1]))
            {
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    /// <summary>Lower case with Latin accents folded as the matcher folds them; Cyrillic letters are kept.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = TokenReader.Fold(word[i]);
        }
        return new string(buffer);
    }

    private sealed class Table
    {
        public Table()
        {
            WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
            StemLookup = Stems.GetAlternateLookup<ReadOnlySpan<char>>();
            PhraseStartLookup = PhraseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseStartLookup { get; }

        public Dictionary<string, string[]> Words { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string[]> Stems { get; } = new(StringComparer.Ordinal);

        /// <summary>Whole words (not phrases) by their first letter, for <see cref="TranslateNear"/>.</summary>
        public Dictionary<char, List<KeyValuePair<string, string[]>>> TypoWords { get; } = [];

        /// <summary>Stems by their first letter, for <see cref="TranslateNear"/>.</summary>
        public Dictionary<char, List<KeyValuePair<string, string[]>>> TypoStems { get; } = [];

        public void IndexForTypos()
        {
            foreach (var entry in Words)
            {
                if (entry.Key.Length >= MinTypo && entry.Key.IndexOf(' ', StringComparison.Ordinal) < 0)
                {
                    Bucket(TypoWords, entry);
                }
            }
            foreach (var entry in Stems)
            {
                if (entry.Key.Length > MinTypo)
                {
                    Bucket(TypoStems, entry);
                }
            }
        }

        private static void Bucket(Dictionary<char, List<KeyValuePair<string, string[]>>> buckets, KeyValuePair<string, string[]> entry)
        {
            if (!buckets.TryGetValue(entry.Key[0], out var list))
            {
                buckets[entry.Key[0]] = list = [];
            }
            list.Add(entry);
        }

        /// <summary>The first words of two-word phrases, so a pair is only looked up when it may be one.</summary>
        public HashSet<string> PhraseStarts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; }

        public Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> StemLookup { get; }

        public int Longest { get; set; }

        /// <summary>The length of the longest stem the word starts with, 0 when none.</summary>
        public int StemLength(ReadOnlySpan<char> word)
        {
            for (var length = Math.Min(word.Length, Longest); length >= MinPrefix; length--)
            {
                if (StemLookup.ContainsKey(word[..length]))
                {
                    return length;
                }
            }
            return 0;
        }

        /// <summary>The longest stem the word starts with.</summary>
        public string[]? Stem(ReadOnlySpan<char> word)
        {
            for (var length = Math.Min(word.Length, Longest); length >= MinPrefix; length--)
            {
                if (StemLookup.TryGetValue(word[..length], out var words))
                {
                    return words;
                }
            }
            return null;
        }
    }

    private static class Holder
    {
        public static readonly CrossLexicon Instance = Load(new Dictionary<string, IEnumerable<string>>
        {
            [QuestionLanguage.Ukrainian] = Lexicon.Lines("uk.tsv"),
            [QuestionLanguage.Russian] = Lexicon.Lines("ru.tsv"),
            [QuestionLanguage.German] = Lexicon.Lines("de.tsv"),
            [QuestionLanguage.French] = Lexicon.Lines("fr.tsv"),
        });
    }
}
