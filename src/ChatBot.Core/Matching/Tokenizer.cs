using System.Text;

namespace ChatBot.Core.Matching;

/// <summary>Splits text into lowercase word tokens with diacritics folded and possessives dropped.</summary>
public static class Tokenizer
{
    /// <summary>Questions longer than this are cut: nobody asks with more words, and work stays bounded.</summary>
    public const int MaxTokens = 64;

    public static List<string> Tokenize(string text, int maxTokens = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length && tokens.Count < maxTokens; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(sb, c);
                continue;
            }
            if (IsApostrophe(c) && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Ukraine's" → "ukraine"; "don't" → "dont".
                var next = char.ToLowerInvariant(text[i + 1]);
                var endsWord = i + 2 >= text.Length || !char.IsLetter(text[i + 2]);
                if (next == 's' && endsWord)
                {
                    i++;
                }
                continue;
            }
            Flush(sb, tokens, text, i);
        }
        Flush(sb, tokens, text, text.Length);
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    private static void Flush(StringBuilder sb, List<string> tokens, string text, int end)
    {
        if (sb.Length == 0)
        {
            return;
        }
        // "US" the country must not vanish as the pronoun "us" among the stop words.
        var isCountry = sb.Length == 2 && sb[0] == 'u' && sb[1] == 's' && end >= 2 &&
                        text[end - 2] == 'U' && text[end - 1] == 'S';
        tokens.Add(isCountry ? "usa" : sb.ToString());
        sb.Clear();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        var lower = char.ToLowerInvariant(c);
        var i = lower < 128 ? -1 : Accented.IndexOf(lower, StringComparison.Ordinal);
        sb.Append(i < 0 ? lower : Plain[i]);
    }

    // Folded by table rather than Unicode normalisation, which needs ICU and the app runs with invariant globalization.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";
}
