namespace ChatBot.Core.Citations;

/// <summary>A source's text cut into sentences, each verbatim in it: what a quote or a passage answer can be.</summary>
public static class SourceSentences
{
    // Shorter pieces are abbreviations ("Gen.", "Col.") rather than sentence ends.
    private const int MinLength = 20;

    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (start, length) in Spans(text))
        {
            yield return text.Substring(start, length);
        }
    }

    /// <summary>Where each sentence lies in <paramref name="text"/>: start and length, trimmed of spaces.</summary>
    public static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var start = lineStart;
            for (var i = lineStart; i < lineEnd; i++)
            {
                var end = text[i] is '.' or '!' or '?' && (i + 1 == lineEnd || text[i + 1] == ' ');
                if (end && i - start > MinLength)
                {
                    if (Trim(text, start, i + 1) is { Length: > 0 } piece)
                    {
                        yield return piece;
                    }
                    start = i + 1;
                }
            }
            if (Trim(text, start, lineEnd) is { Length: > 0 } rest)
            {
                yield return rest;
            }
            lineStart = lineEnd + 1;
        }
    }

    private static (int Start, int Length) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end - start);
    }
}
