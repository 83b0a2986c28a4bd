namespace ChatBot.Core.Matching;

/// <summary>What a yes/no question asks of the names in it: its verb, its participle, or the part "any" picks out.</summary>
public static partial class QuestionAnalyzer
{
    /// <summary>
    /// "Has anyone been detained over the blast?": a yes/no question in the passive whose verb no fact uses, nor a word
    /// related to it, asks what the store does not state, however many of its names a fact shares; so does one about
    /// "any" of a kind no fact speaks of ("Were any children among the dead?"), or the participle a short
    /// question asks (<see cref="AskedParticiple"/>); or -1.
    /// </summary>
    private static int UnknownPassive(List<string> tokens, List<QueryConcept> concepts)
    {
        if (tokens.Count == 0 || !YesNoOpeners.Contains(tokens[0]))
        {
            return -1;
        }
        // "Were any children among the dead?": "any" picks out the part asked about, and a fact that never speaks of
        // such a part (no fact uses the word) cannot say whether there were any.
        if (tokens.Count > 3 && tokens[1] == "any" && ConceptAt(concepts, tokens[2]) is var any and >= 0 && UnusedByStore(concepts[any]))
        {
            return any;
        }
        // "Were children among the dead?": a bare plural subject picks out the part asked about as "any" does.
        if (tokens.Count > 3 && tokens[0] is "were" or "are" && IsPluralWord(tokens[1]) &&
            ConceptAt(concepts, tokens[1]) is var part and >= 0 && UnusedByStore(concepts[part]))
        {
            return part;
        }
        // "Was anyone arrested over the blast?": after an indefinite subject the participle says all that is asked.
        var indefinite = tokens.Count > 2 && tokens[0] is "was" or "were" && IndefiniteSubjects.Contains(tokens[1]);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if ((tokens[i] is "been" or "being" || (indefinite && i == 1)) && tokens[i + 1].EndsWith("ed", StringComparison.Ordinal))
            {
                var c = ConceptAt(concepts, tokens[i + 1]);
                return c >= 0 && UnusedByStore(concepts[c]) ? c : -1;
            }
        }
        return PerfectOrPassive.Contains(tokens[0]) ? AskedParticiple(tokens, concepts) : -1;
    }

    private static bool IsPluralWord(string word) =>
        (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) || Lexicon.IrregularForms.ContainsKey(word);

    /// <summary>An ordinary word (not a name) no fact uses.</summary>
    private static bool UnusedByStore(QueryConcept concept) => concept.Id < 0 && !FeatureExtractor.IsRare(concept);

    private static readonly HashSet<string> PerfectOrPassive = ["was", "were", "is", "are", "has", "have", "had"];

    /// <summary>
    /// "Was the station <i>destroyed</i> completely?", "Was the power <i>knocked</i> out?": after the subject, the first
    /// participle says what is asked. One no fact uses and that is related to no word of the store asks what the store
    /// does not state; one with related words ("admitted", "carried out") may be said otherwise, so it is left to them.
    /// In a short question the participle is the asked predicate even when the store uses it.
    /// Not one that describes a noun ("the <i>injured</i>"), opens a clause ("the official who <i>briefed</i> them"), or
    /// frames the question ("is he <i>supposed</i> to…", "<i>believed</i> to").
    /// </summary>
    private static int AskedParticiple(List<string> tokens, List<QueryConcept> concepts)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            var word = tokens[i];
            if (word.Length <= MinParticiple || !word.EndsWith("ed", StringComparison.Ordinal))
            {
                continue;
            }
            if (Determiners.Contains(tokens[i - 1]) || tokens[i - 1] is "who" or "which" or "that" ||
                (i + 1 < tokens.Count && tokens[i + 1] == "to"))
            {
                return -1;
            }
            var c = ConceptAt(concepts, word);
            if (c < 0)
            {
                return -1;
            }
            // In a short question the participle is what is asked even when the store uses it: "Has the inquiry
            // started yet?" is not answered by a fact that only calls for the inquiry.
            var unknown = concepts[c].Id < 0 && concepts[c].Related.Length == 0;
            var shortKnown = concepts[c].Id >= 0 && tokens.Count <= ShortQuestion;
            return (unknown || shortKnown) && MayBePredicate(tokens, concepts[c]) ? c : -1;
        }
        return -1;
    }

    /// <summary>
    /// "Did Orrin Vale <i>sign</i> the deal?", "Will Telsaria <i>retaliate</i>?": after an auxiliary of the active voice, the
    /// first ordinary word past the names is what is asked of them; a fact that names them but states neither it nor
    /// a word related to it does not answer; or -1. A longer question often frames or qualifies its verb ("…, as
    /// officials said?"), so only a short one is read this way.
    /// </summary>
    private static int YesNoVerb(List<string> tokens, List<QueryConcept> concepts)
    {
        if (tokens.Count == 0 || tokens.Count > ShortQuestion || !ActiveAuxiliaries.Contains(tokens[0]))
        {
            return -1;
        }
        for (var c = 0; c < concepts.Count; c++)
        {
            if (MayBePredicate(tokens, concepts[c]))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Is it worth buying a kayak?": a short yes/no question that names no one and whose one uncommon word no fact
    /// uses asks about a topic the store does not hold; a fact sharing only its everyday words ("worth", "buying")
    /// must state that word, or a word related to it, to answer; or -1.
    /// </summary>
    private static int UnknownTopic(List<string> tokens, List<QueryConcept> concepts)
    {
        if (tokens.Count == 0 || !YesNoOpeners.Contains(tokens[0]) || concepts.Count > MaxTopicWords)
        {
            return -1;
        }
        var unknown = -1;
        for (var c = 0; c < concepts.Count; c++)
        {
            var concept = concepts[c];
            if (concept.IsName)
            {
                return -1;
            }
            if (unknown < 0 && concept.Id < 0 && concept.Word.Length > 3 && !IsLight(concept.Word) &&
                Lexicon.RarityOf(concept.Word) != WordRarity.Common)
            {
                unknown = c;
            }
        }
        return unknown;
    }

    private const int MaxTopicWords = 6;

    private static readonly HashSet<string> ActiveAuxiliaries = ["did", "does", "do", "will", "would", "can", "could"];

    private static readonly HashSet<string> IndefiniteSubjects = ["anyone", "anybody", "someone", "somebody", "anything", "something"];
}
