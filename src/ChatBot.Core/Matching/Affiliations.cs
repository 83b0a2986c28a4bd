using System.Collections.Frozen;

namespace ChatBot.Core.Matching;

/// <summary>
/// Whose role a text names: "Russia's foreign minister", "the Ukrainian delegation", "Putin's envoy", "the minister of
/// Ukraine". A question about Germany's foreign minister is not answered by a fact about Russia's, however much else
/// they share. The owner is a country (data/lexicon/countries.txt, from WordNet, so "Ukrainian" is "Ukraine") or a
/// name: any word rare in English, with a demonym ending folded ("Marvonian" is "Marvonia").
/// </summary>
public static class Affiliations
{
    // The nouns a role or a side is named with; general English, never a story's words.
    private static readonly FrozenSet<string> RoleHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "minister", "ministers", "secretary", "president", "delegation", "delegations", "team", "envoy", "envoys",
        "spokesman", "spokesperson", "spokeswoman", "negotiator", "negotiators", "ambassador", "government",
        "army", "military", "forces", "troops", "side", "official", "officials", "leader", "chief", "commander",
        "representative", "representatives", "diplomat", "mediator", "ministry", "parliament", "counterpart",
    ]);

    // The role nouns that title one person ("Ambassador X", "X, the envoy"), not a body or a side ("the army", "the team").
    private static readonly FrozenSet<string> PersonTitles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "minister", "secretary", "president", "envoy", "spokesman", "spokesperson", "spokeswoman", "negotiator",
        "ambassador", "official", "leader", "chief", "commander", "representative", "diplomat", "mediator",
    ]);

    // Words that narrow a role between its owner and its noun: "Marvonia's water minister", "Russia's top diplomat".
    private static readonly FrozenSet<string> RoleModifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "foreign", "defence", "defense", "interior", "finance", "prime", "deputy", "special", "chief", "top", "senior",
        "army", "military", "water", "health", "trade", "justice", "energy", "economy", "security", "peace", "lead",
        "head", "former", "acting", "new", "vice", "state", "national", "federal", "presidential", "official",
    ]);

    private static readonly FrozenDictionary<string, string> Countries = LoadCountries();

    /// <summary>What a word can be in an owned role; computed once per distinct word by the index builder.</summary>
    public readonly record struct Word(bool IsRole, bool IsTitle, bool IsModifier, bool IsStop, string? Owner, string? Country);

    public static Word Describe(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return new Word(RoleHeads.Contains(word), PersonTitles.Contains(word), RoleModifiers.Contains(word), Lexicon.IsStopWord(word), OwnerKey(word), CountryOf(word));
    }

    public static bool IsRole(string word) => RoleHeads.Contains(word);

    /// <summary>Adds (owner key, index of the role word) for every owned role in the words.</summary>
    public static void Find(ReadOnlySpan<Word> words, ReadOnlySpan<string> text, List<(string Owner, int Role)> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].IsRole)
            {
                continue;
            }
            // "Putin's envoy", "the Marvonian delegation": a name right before the role. "Ukraine's foreign minister":
            // a country may stand one ordinary word further off, a name only across a word that narrows the role
            // (otherwise it is as often the topic: "Ivanov neutrality military").
            if (i > 0 && words[i - 1].Owner is { } owner)
            {
                found.Add((owner, i));
            }
            else if (i > 1 && !words[i - 1].IsStop &&
                (words[i - 2].Country ?? (words[i - 1].IsModifier ? words[i - 2].Owner : null)) is { } far)
            {
                found.Add((far, i));
            }
            // "the foreign minister of Ukraine", "the delegation from Russia", "the envoy to Ukraine".
            if (i + 2 < words.Length && text[i + 1] is "of" or "from" or "to" or "for" && words[i + 2].Owner is { } after)
            {
                found.Add((after, i));
            }
        }
    }

    /// <summary>The owner a word names, or null when it is an ordinary word.</summary>
    public static string? OwnerKey(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (CountryOf(word) is { } country)
        {
            return country;
        }
        if (word.Length < 4 || word.Any(char.IsDigit) || Lexicon.RarityOf(word) != WordRarity.Rare)
        {
            return null;
        }
        // A possessive typed without its apostrophe: "brells envoy" is Brell's.
        word = word.EndsWith('s') ? word[..^1] : word;
        return word.EndsWith("ian", StringComparison.Ordinal) ? word[..^1]
            : word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) ? word[..^3]
            : word;
    }

    public static string? CountryOf(string word) =>
        Countries.TryGetValue(word, out var country) ? country
        : word.Length > 3 && word.EndsWith('s') && Countries.TryGetValue(word[..^1], out country) ? country
        : null;

    private static FrozenDictionary<string, string> LoadCountries()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Lines("countries.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words)
            {
                map[w] = words[0];
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
