using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

/// <summary>
/// Glossed words put in the order English gives them where the matcher's answerability rules read meaning from order:
/// whose role a noun names, and whose words a question asks for.
/// </summary>
internal static class EnglishOrder
{
    public static string Apply(string glossed)
    {
        var words = glossed.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var moved = OwnerBeforeRole(words) | SpeakerBeforeVerb(words);
        return moved ? string.Join(' ', words) : glossed;
    }

    /// <summary>
    /// "Le ministre ukrainien", "l'armée américaine", "министр обороны Польши", "Außenminister Russlands": the country
    /// follows the role it owns, where English puts it first ("the Ukrainian minister", "Poland's defence minister").
    /// Moved before the role, with at most one word narrowing the role between them, a question about one country's
    /// minister is not read as one about another's.
    /// </summary>
    private static bool OwnerBeforeRole(List<string> words)
    {
        var moved = false;
        for (var j = 1; j < words.Count; j++)
        {
            if (!IsDemonym(words[j]) || Affiliations.CountryOf(words[j - 1]) is not null)
            {
                continue;
            }
            var role = Affiliations.IsRole(words[j - 1]) ? j - 1
                : j >= 2 && Affiliations.IsRole(words[j - 2]) && !Lexicon.IsStopWord(words[j - 1]) ? j - 2
                : -1;
            // "special envoy", "foreign minister": the owner stands before the words that narrow the role too.
            while (role > 0 && Affiliations.Describe(words[role - 1]).IsModifier)
            {
                role--;
            }
            if (role < 0 || (role > 0 && Affiliations.CountryOf(words[role - 1]) is not null))
            {
                continue;
            }
            var owner = words[j];
            words.RemoveAt(j);
            words.Insert(role, owner);
            moved = true;
        }
        return moved;
    }

    /// <summary>
    /// A country's adjective ("ukrainian", "polish"): it says whose the role is. A country's name after a role
    /// ("делегація Україна", "envoy usa") may as well be where the role goes, and a terse question has no cases to tell.
    /// </summary>
    private static bool IsDemonym(string word) =>
        Affiliations.CountryOf(word) is { } country && country != word && !country.StartsWith(word, StringComparison.Ordinal) &&
        (word.EndsWith('n') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) ||
         word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('i'));

    private static readonly HashSet<string> SpeechVerbs = ["said", "says", "say", "told", "tells", "wrote", "writes", "posted", "commented"];

    // A speaker named in one, two or three words ("vale", "orrin vale").
    private const int MaxName = 3;

    /// <summary>
    /// "Що сказав Голловей…", "Что Холлоуэй сказал…", "Was hat Holloway … gesagt?" ask what a named person said;
    /// glossed word by word ("what said hollovey", "what has holloway … said") the name is not read as the speaker,
    /// and another person's words would answer. In English order, "what did holloway say", it is.
    /// </summary>
    private static bool SpeakerBeforeVerb(List<string> words)
    {
        if (words.Count < 3 || words[0] != "what")
        {
            return false;
        }
        // "what said holloway …" and "what holloway said …".
        var verbFirst = SpeechVerbs.Contains(words[1]);
        var start = verbFirst ? 2 : words[1] is "has" or "have" or "had" ? 2 : 1;
        var end = start;
        while (end < words.Count && end - start < MaxName && IsName(words[end]))
        {
            end++;
        }
        // "what has putins spokesperson said": the name owns the speaker, it is not the speaker.
        if (end == start || (end < words.Count && Affiliations.IsRole(words[end])))
        {
            return false;
        }
        int verb;
        if (verbFirst)
        {
            verb = 1;
        }
        else if (end < words.Count && SpeechVerbs.Contains(words[end]))
        {
            verb = end;
        }
        else if (start == 2 && words[^1] == "?" ? words.Count >= 2 && SpeechVerbs.Contains(words[^2]) : SpeechVerbs.Contains(words[^1]))
        {
            // A German perfect: "was hat Holloway nach dem Treffen gesagt" ends in its participle.
            verb = words[^1] == "?" ? words.Count - 2 : words.Count - 1;
        }
        else
        {
            return false;
        }
        var said = words[verb];
        words.RemoveAt(verb);
        end -= verb < end ? 1 : 0;
        words.Insert(end, said);
        if (start == 1 || verbFirst)
        {
            words.Insert(1, "did");
        }
        return true;
    }

    // Names come out of the glosser in lower case, as words no English dictionary has.
    private static bool IsName(string word) =>
        word.Length > 3 && !Lexicon.IsStopWord(word) && Lexicon.RarityOf(word) == WordRarity.Rare && Affiliations.CountryOf(word) is null;
}
