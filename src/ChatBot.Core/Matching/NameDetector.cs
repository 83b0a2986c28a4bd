namespace ChatBot.Core.Matching;

/// <summary>
/// Finds words the asker wrote as names: capitalised but not starting a sentence ("died in Springfield", "Has China
/// commented"). Such a word decides what is asked even when it is also an everyday English word ("china").
/// </summary>
public static class NameDetector
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public static IReadOnlySet<string> Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        HashSet<string>? names = null;
        int words = 0, capitalised = 0;
        var sentenceStart = true;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                if (text[i] is '.' or '?' or '!' or '\n' or ':' or '-' or '"' or '“')
                {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }
            words++;
            if (char.IsUpper(text[start]))
            {
                capitalised++;
                if (!sentenceStart)
                {
                    (names ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(Tokenizer.Tokenize(text[start..i]));
                }
            }
            sentenceStart = false;
        }
        // Title Case or SHOUTING says nothing about names.
        return names is null || (capitalised * 5 >= words * 4 && words > 3) ? None : names;
    }
}
