namespace ChatBot.Core.Citations;

/// <summary>A source's text cut into sentences, each verbatim in it: what a quote or a passage answer can be.</summary>
public static class SourceSentences
{
    // Shorter pieces are abbreviations ("Gen.", "Col.") rather than sentence ends.
    private const int MinLength = 20;

    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var end = line[i] is '.' or '!' or '?' && (i + 1 == line.Length || line[i + 1] == ' ');
                if (end && i - start > MinLength)
                {
                    yield return line[start..(i + 1)].Trim();
                    start = i + 1;
                }
            }
            if (start < line.Length && line[start..].Trim().Length > 0)
            {
                yield return line[start..].Trim();
            }
        }
    }
}
