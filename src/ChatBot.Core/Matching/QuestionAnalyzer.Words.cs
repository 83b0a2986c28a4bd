using System.Runtime.InteropServices;

namespace ChatBot.Core.Matching;

/// <summary>
/// A question's words looked up in the store: typo fixes and name spellings, related words, the roles it asks about,
/// and the words read as the kind of answer.
/// </summary>
public static partial class QuestionAnalyzer
{
    /// <summary>
    /// A word read as the kind of answer ("post", "how long") rather than matched, noted by the concept a stored
    /// question gives it: a question asked exactly as a curator stored it still counts as the stored one.
    /// </summary>
    private static void Drop(string token, MatchIndex index, ref List<int>? dropped)
    {
        if (Lexicon.IsStopWord(token))
        {
            return;
        }
        var id = index.WordId(token);
        if (id >= 0 && !(dropped?.Contains(id) ?? false))
        {
            (dropped ??= []).Add(id);
        }
    }

    /// <summary>The store's concepts related to a word, or to the phrase it starts ("wrap up", "kick off").</summary>
    private static int[] RelatedIds(string stem, string? next, int own, MatchIndex index)
    {
        var words = RelatedWords.Of(stem);
        if (next is "up" or "down" or "off" or "out" or "over" or "in" or "on" or "away" or "back" or "along" or "into" or "for" or "with" or "together" &&
            RelatedWords.Of(stem + " " + next) is { Count: > 0 } phrase)
        {
            words = phrase;
        }
        List<int>? ids = null;
        // By index: a foreach over the interface would allocate an enumerator for every word of every question.
        for (var i = 0; i < words.Count; i++)
        {
            var id = index.ConceptId(index.Synonyms.ConceptOf(words[i]));
            if (id >= 0 && id != own && !(ids?.Contains(id) ?? false))
            {
                (ids ??= []).Add(id);
            }
        }
        return ids is null ? [] : [.. ids];
    }

    private static List<Affiliation> AffiliationsOf(List<string> tokens, MatchIndex index)
    {
        if (!tokens.Exists(Affiliations.IsRole))
        {
            return [];
        }
        var words = tokens.ConvertAll(Affiliations.Describe);
        var pairs = new List<(string Owner, int Role)>();
        Affiliations.Find(CollectionsMarshal.AsSpan(words), CollectionsMarshal.AsSpan(tokens), pairs);
        var found = new List<Affiliation>(pairs.Count);
        foreach (var (owner, role) in pairs)
        {
            var concept = index.WordId(tokens[role]);
            if (concept >= 0)
            {
                found.Add(new Affiliation(index.OwnerId(owner), concept));
            }
        }
        return found;
    }

    private static int[] RelatedOf(List<QueryConcept> concepts, string key)
    {
        foreach (var c in concepts)
        {
            if (c.Key == key)
            {
                return c.Related;
            }
        }
        return [];
    }

    /// <summary>
    /// A name the store spells one letter differently ("Chmyhal", "Selenskyj" → the store's name), when both are
    /// long enough that one edit is a spelling, not another name.
    /// </summary>
    private static string? NameVariant(string token, MatchIndex index) =>
        token.Length >= MinNameVariant && index.Speller.CorrectByOne(token) is { Length: >= MinNameVariant } name &&
        Lexicon.RarityOf(name) == WordRarity.Rare ? name : null;

    private const int MinNameVariant = 6;

    // No stem has a space: the key matches no concept of the store.
    private const string ResidesKey = "live in";

    /// <summary>
    /// "Live" as a verb of place ("people live in", "my cousin lives near"), not the noun of "lost their lives in" or
    /// "how many lives were lost".
    /// </summary>
    internal static bool Resides(List<string> tokens, int i) =>
        tokens[i] is "live" or "lives" or "lived" or "living" && i + 1 < tokens.Count &&
        tokens[i + 1] is "in" or "near" or "at" or "on" or "around" or "outside" &&
        (i == 0 || !LivesOwners.Contains(tokens[i - 1]));

    private static readonly HashSet<string> LivesOwners = ["their", "his", "her", "its", "our", "your", "my", "many", "of", "the", "lost", "civilian", "civilians"];

    // A real English word is never "corrected" into a store word: "rain" must not become "main".
    private static bool IsKnown(string token, MatchIndex index) =>
        index.Speller.IsKnown(token) || index.WordId(token) >= 0 ||
        Lexicon.RarityOf(token) != WordRarity.Rare;
}
