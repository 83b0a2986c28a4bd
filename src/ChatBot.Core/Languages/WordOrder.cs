namespace ChatBot.Core.Languages;

/// <summary>
/// Words that carry grammar, not meaning, by where they stand: a German verb's particle or auxiliary at the end of
/// the sentence, a French subject pronoun inverted after its verb.
/// </summary>
internal static class WordOrder
{
    private static readonly HashSet<string> SeparableParticles =
    [
        "vor", "an", "ab", "auf", "aus", "zu", "mit", "zuruck", "ein", "fest", "bei", "statt", "teil", "weg", "los",
        "zusammen", "fort", "dar", "hin", "her", "vorbei", "hinzu", "nach",
    ];

    // "…bestätigt werden?", "…gespielt haben sollen?": after the participle or infinitive they only say passive,
    // perfect or hearsay, and "werden" would read as "will become".
    private static readonly HashSet<string> FinalAuxiliaries =
    [
        "werden", "worden", "wird", "wurde", "wurden", "haben", "hat", "hatte", "sein", "ist", "sind", "war", "waren",
        "sollen", "soll", "sollte", "kann", "konnen", "muss", "mussen", "will", "wollen",
    ];

    private static readonly HashSet<string> InvertedPronouns = ["il", "elle", "ils", "elles", "on", "t", "je", "tu", "nous", "vous", "ce"];

    /// <summary>
    /// How many of the words to gloss: a German question's last words are left out when they are a separable
    /// particle ("Was sieht der Plan vor?", "Wann fand der Gipfel statt?": "vor" is no "before", "statt" no "instead")
    /// or auxiliaries after the verb they serve.
    /// </summary>
    public static int GlossedCount(IReadOnlyList<string> words, string language)
    {
        ArgumentNullException.ThrowIfNull(words);
        var count = words.Count;
        if (language != QuestionLanguage.German)
        {
            return count;
        }
        while (count > 3 && FinalAuxiliaries.Contains(CrossLexicon.Fold(words[count - 1])))
        {
            count--;
        }
        return count > 2 && SeparableParticles.Contains(CrossLexicon.Fold(words[count - 1])) ? count - 1 : count;
    }

    // With "was" or "was occupied with" ("Чим займався X до Y?"), "до" dates a state: nobody is occupied towards a place.
    private static readonly HashSet<string> PastOfBe =
    [
        "був", "була", "було", "були", "был", "была", "было", "были",
        "займався", "займалася", "займалися", "занимался", "занималась", "занимались",
    ];

    /// <summary>
    /// Whether Ukrainian or Russian "до" means "before" rather than "to": with a past "was" ("Хто був міністром до
    /// Холловея?", "Де був Оррін Вейл до Гарроу?") it dates a state, where with a verb of motion it is the destination.
    /// </summary>
    public static bool ToMeansBefore(IReadOnlyList<string> words, string language)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (language is not (QuestionLanguage.Ukrainian or QuestionLanguage.Russian))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (PastOfBe.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether French words at <paramref name="at"/> are "est ce que/qui" typed without hyphens ("quand est ce que
    /// …"), a question marker that says nothing of its own; after "c'" ("c'est ce que dit …") they say "is this what".
    /// </summary>
    public static bool IsUnhyphenatedEstCeQue(IReadOnlyList<string> words, int at, int count)
    {
        ArgumentNullException.ThrowIfNull(words);
        return at + 2 < count && (at == 0 || !CrossLexicon.Fold(words[at - 1]).Equals("c", StringComparison.Ordinal)) &&
               CrossLexicon.Fold(words[at]) == "est" && CrossLexicon.Fold(words[at + 1]) == "ce" &&
               CrossLexicon.Fold(words[at + 2]) is "que" or "qui" or "qu";
    }

    /// <summary>Whether a part after the first of a hyphenated French word is an inverted subject ("pose-t-il").</summary>
    public static bool IsInvertedPronoun(string part, string language) =>
        language == QuestionLanguage.French && InvertedPronouns.Contains(CrossLexicon.Fold(part));

    // Forms of "to be" and "to go" that a where-question puts "où" after, typed without its accent: "il était ou ?".
    private static readonly HashSet<string> BeOrGo =
    [
        "est", "etait", "sont", "etaient", "sera", "serait", "seront", "va", "vont", "allait", "allaient", "ira",
    ];

    /// <summary>
    /// Whether a French "ou" after this word is "où" typed without its accent: after "est", "était", "va" ("il était
    /// ou avant Ostrava", "c'est ou") it asks where; "or" joins two alike words ("officiel ou pas").
    /// </summary>
    public static bool IsBeOrGo(string previous) => BeOrGo.Contains(CrossLexicon.Fold(previous));
}
