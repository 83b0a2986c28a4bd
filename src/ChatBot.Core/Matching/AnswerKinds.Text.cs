using System.Globalization;

namespace ChatBot.Core.Matching;

/// <summary>
/// The patterns an answer's text is scanned for, written as loops: every fact and every sentence of the sources is
/// scanned once as the index builds, where four regular expressions cost about 7 % of the start. Each method matches
/// exactly what the regular expression in its comment matches (.NET semantics: \b and \w over Unicode categories,
/// \s as char.IsWhiteSpace, \d as char.IsDigit); the tests compare them on generated texts.
/// </summary>
public static partial class AnswerKinds
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup =
        CalendarNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>\b(19|20)\d\d\b</summary>
    internal static bool HasYear(string text)
    {
        for (var p = 0; p + 4 <= text.Length; p++)
        {
            if (((text[p] == '1' && text[p + 1] == '9') || (text[p] == '2' && text[p + 1] == '0')) &&
                char.IsDigit(text[p + 2]) && char.IsDigit(text[p + 3]) && StartsWord(text, p) && EndsWord(text, p + 4))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(?&lt;!^|[.!?]\s)\b\p{Lu}[\p{Ll}’']+\s+\p{Lu}[\p{Ll}’']+: two capitalised words, not opening a sentence.</summary>
    internal static bool HasName(string text)
    {
        for (var p = 1; p < text.Length; p++)
        {
            if (!IsUpper(text[p]) || IsWordChar(text[p - 1]) ||
                (p >= 2 && char.IsWhiteSpace(text[p - 1]) && text[p - 2] is '.' or '!' or '?'))
            {
                continue;
            }
            // The classes do not overlap, so the regular expression never backtracks: each run is taken whole.
            var i = SkipLowerOrApostrophe(text, p + 1);
            if (i == p + 1)
            {
                continue;
            }
            var j = SkipWhiteSpace(text, i);
            if (j == i || j >= text.Length || !IsUpper(text[j]))
            {
                continue;
            }
            if (SkipLowerOrApostrophe(text, j + 1) > j + 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>\b\p{Lu}{3,}\b</summary>
    internal static bool HasAcronym(string text)
    {
        var p = 0;
        while (p < text.Length)
        {
            if (!IsUpper(text[p]))
            {
                p++;
                continue;
            }
            var end = p;
            while (end < text.Length && IsUpper(text[end]))
            {
                end++;
            }
            if (end - p >= 3 && StartsWord(text, p) && EndsWord(text, end))
            {
                return true;
            }
            // No match can start inside the run: \b fails between two capitals.
            p = end;
        }
        return false;
    }

    private static readonly string[] PlaceWords = ["city", "capital", "country", "front line", "region"];
    private static readonly string[] PlacePrepositions = ["in", "to", "from", "at", "near", "of", "on"];

    /// <summary>
    /// Any match of \b(in|to|from|at|near|of|on)\s+(the\s+)?(?&lt;name&gt;\p{Lu}(\p{Ll}+|\b))|\b(city|capital|country|front
    /// line|region)\b whose name is not a weekday or a month. No match can start inside another (each starts with a
    /// lower-case word after a boundary), so looking at every position finds what enumerating the matches would.
    /// </summary>
    internal static bool HasPlacePhrase(string text)
    {
        for (var p = 0; p < text.Length; p++)
        {
            if (!StartsWord(text, p))
            {
                continue;
            }
            var rest = text.AsSpan(p);
            foreach (var word in PlaceWords)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal) && EndsWord(text, p + word.Length))
                {
                    return true;
                }
            }
            foreach (var preposition in PlacePrepositions)
            {
                if (rest.StartsWith(preposition, StringComparison.Ordinal))
                {
                    if (IsPlaceAfter(text, p + preposition.Length))
                    {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /// <summary>\s+(the\s+)?(?&lt;name&gt;\p{Lu}(\p{Ll}+|\b)) at <paramref name="at"/>, the name not a weekday or month.</summary>
    private static bool IsPlaceAfter(string text, int at)
    {
        var name = SkipWhiteSpace(text, at);
        if (name == at)
        {
            return false;
        }
        // "the" followed by white space is taken when the name follows it; without it the name would start with "t".
        if (text.AsSpan(name).StartsWith("the", StringComparison.Ordinal))
        {
            var after = SkipWhiteSpace(text, name + 3);
            if (after == name + 3)
            {
                return false;
            }
            name = after;
        }
        if (name >= text.Length || !IsUpper(text[name]))
        {
            return false;
        }
        var end = name + 1;
        while (end < text.Length && IsLower(text[end]))
        {
            end++;
        }
        if (end == name + 1)
        {
            // \p{Lu}\b: a single capital ("a post on X"), never a calendar name.
            return EndsWord(text, end);
        }
        var word = text.AsSpan(name, end - name);
        if (word.Length > 9)
        {
            return true;
        }
        Span<char> lower = stackalloc char[9];
        var written = word.ToLowerInvariant(lower);
        return !CalendarLookup.Contains(lower[..written]);
    }

    private static bool StartsWord(string text, int at) => at == 0 || !IsWordChar(text[at - 1]);

    private static bool EndsWord(string text, int at) => at == text.Length || !IsWordChar(text[at]);

    private static int SkipWhiteSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return at;
    }

    private static int SkipLowerOrApostrophe(string text, int at)
    {
        while (at < text.Length && (IsLower(text[at]) || text[at] is '’' or '\''))
        {
            at++;
        }
        return at;
    }

    private static bool IsUpper(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;

    private static bool IsLower(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;

    /// <summary>A word character as a regular expression's \b sees it: \w plus the zero-width joiners.</summary>
    internal static bool IsWordChar(char c) =>
        c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or
            UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or
            UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
}
