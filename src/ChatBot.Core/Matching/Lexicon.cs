using System.Collections.Frozen;

namespace ChatBot.Core.Matching;

/// <summary>Language-level word lists shipped with the matcher (not curated facts data).</summary>
public static class Lexicon
{
    public static FrozenSet<string> StopWords { get; } = Load("stopwords.txt");

    /// <summary>Everyday English words (SCOWL levels 10–20).</summary>
    public static FrozenSet<string> CommonWords { get; } = Load("english-common.txt");

    /// <summary>Less common but ordinary English words (SCOWL levels 35–50).</summary>
    public static FrozenSet<string> KnownWords { get; } = Load("english-known.txt");

    /// <summary>Word → focus group (lexicon/focus.txt): the words that name what a question asks of its topic.</summary>
    public static FrozenDictionary<string, int> FocusGroups { get; } = LoadGroups("focus.txt");

    /// <summary>Irregular form → base word (data/lexicon/irregular.txt, from WordNet): "came" → "come".</summary>
    public static FrozenDictionary<string, string> IrregularForms { get; } =
        Lines("irregular.txt").Select(static l => l.Split(' ')).ToFrozenDictionary(static p => p[0], static p => p[1], StringComparer.Ordinal);

    /// <summary>Words that stand where a question's predicate does but rarely say what it asks (lexicon/light.txt).</summary>
    public static FrozenSet<string> LightWords { get; } = Load("light.txt");

    /// <summary>Words that describe whom a question is about rather than what it asks (lexicon/describers.txt).</summary>
    public static FrozenSet<string> Describers { get; } = Load("describers.txt");

    /// <summary>Nouns naming a person by role or kind, with their plurals (lexicon/persons.txt, from WordNet).</summary>
    public static FrozenSet<string> Persons { get; } = Load("persons.txt");

    /// <summary>Chat spelling → the word it stands for (lexicon/chat.txt): "ppl" → "people", "wen" → "when".</summary>
    public static FrozenDictionary<string, string> ChatForms { get; } =
        Lines("chat.txt").Select(static l => l.Split(' ')).ToFrozenDictionary(static p => p[0], static p => p[1], StringComparer.Ordinal);

    /// <summary>The word a chat spelling stands for, or the token itself.</summary>
    public static string Unchat(string token) => ChatForms.GetValueOrDefault(token, token);

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    /// <summary>The focus group of a word ("earlier" → the "before" group), or -1.</summary>
    public static int FocusGroupOf(string token) => FocusGroups.GetValueOrDefault(token, -1);

    /// <summary>How ordinary a word is in English at large; names and jargon are <see cref="WordRarity.Rare"/>.</summary>
    public static WordRarity RarityOf(string token) =>
        CommonWords.Contains(token) || StopWords.Contains(token) ? WordRarity.Common
        : KnownWords.Contains(token) ? WordRarity.Known
        : WordRarity.Rare;

    private static FrozenDictionary<string, int> LoadGroups(string name)
    {
        using var reader = Open(name);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var group = 0;
        while (reader.ReadLine() is { } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith('#') || colon < 0)
            {
                continue;
            }
            foreach (var w in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                groups[w] = group;
            }
            group++;
        }
        // One bit per group in a fact's focus mask.
        return group <= 64 ? groups.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException($"{name} has {group} groups; a focus mask holds 64");
    }

    /// <summary>The lines of an embedded word list, comments skipped.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var reader = Open(name);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#') && line.Length > 0)
            {
                yield return line;
            }
        }
    }

    private static StreamReader Open(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}");
        return new StreamReader(stream);
    }

    private static FrozenSet<string> Load(string name)
    {
        using var reader = Open(name);
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
