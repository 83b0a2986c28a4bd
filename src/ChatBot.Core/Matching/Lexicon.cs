using System.Collections.Frozen;
using System.Reflection;

namespace ChatBot.Core.Matching;

/// <summary>Language-level word lists shipped with the matcher (not curated facts data).</summary>
public static class Lexicon
{
    public static FrozenSet<string> StopWords { get; } = Load("stopwords.txt");

    /// <summary>Everyday English words (SCOWL levels 10–20).</summary>
    public static FrozenSet<string> CommonWords { get; } = Load("english-common.txt");

    /// <summary>Less common but ordinary English words (SCOWL levels 35–50).</summary>
    public static FrozenSet<string> KnownWords { get; } = Load("english-known.txt");

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    /// <summary>How ordinary a word is in English at large; names and jargon are <see cref="WordRarity.Rare"/>.</summary>
    public static WordRarity RarityOf(string token) =>
        CommonWords.Contains(token) || StopWords.Contains(token) ? WordRarity.Common
        : KnownWords.Contains(token) ? WordRarity.Known
        : WordRarity.Rare;

    private static FrozenSet<string> Load(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(w);
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
