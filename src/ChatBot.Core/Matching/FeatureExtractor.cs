namespace ChatBot.Core.Matching;

/// <summary>
/// Measures how much of a question a fact explains. Every meaningful word of the question that the fact does not
/// contain counts against it, by kind: a word other facts use points elsewhere; a word the store never uses is
/// judged by its rarity in English, since a name like "Kharkiv" decides a question while an everyday word in a
/// chatty question ("curious", "trip") is often filler.
/// </summary>
internal static partial class FeatureExtractor
{
    private const double UnmatchedFloor = 1.3;
    private const double RareKnownFloor = 2.5;
    private const double WhWeight = MatchIndex.WhWeight;
    private const double CommonUnknownCost = 1.0;
    private const double KnownUnknownCost = 2.0;
    private const double RareUnknownCost = 6.0;
    // A related word is weaker evidence than the word itself.
    private const double RelatedDiscount = 0.35;
    private const double ContextWeight = 2.0;
    private const double LightDiscount = 0.3;
    private const double PreambleDiscount = 0.2;

    public static MatchFeatures Extract(AnalyzedQuestion question, FactProfile fact, MatchIndex index)
    {
        double matched = 0, missing = 0, missingStore = 0;
        int missingRare = 0, missingCommon = 0;
        var relatedOnly = false;
        bool predicateMatched = false, predicateMissing = false;
        var statesAll = true;
        var missingBeyondRole = false;
        for (var ci = 0; ci < question.Concepts.Count; ci++)
        {
            var concept = question.Concepts[ci];
            var isName = IsRare(concept);
            // A light word ("take", "hold") read through a related word says little of what is asked.
            statesAll &= fact.States(concept.Id) || (!Lexicon.LightWords.Contains(concept.Word) && fact.StatesRelated(concept));
            if (fact.Mentions(concept.Id))
            {
                matched += index.Weight(concept.Id);
                predicateMatched |= !isName;
                continue;
            }
            if (MentionsRelated(fact, concept) is var related and >= 0)
            {
                matched += RelatedDiscount * Math.Min(index.Weight(related), MissingCost(concept, index));
                predicateMatched |= !isName;
                relatedOnly = true;
                continue;
            }
            // A word that only frames the question ("Brantley Ford location?", "what rank does he hold?") is left to the
            // answer kind; it does not make the names the only thing a fact explains.
            var framing = QuestionKinds.IsKindNoun(concept.Word) || QuestionAnalyzer.IsLight(concept.Word);
            predicateMissing |= !isName && !framing;
            // "Curious. What government post does Vale hold?": a scene-setting or framing word is not asked beyond the role.
            missingBeyondRole |= !isName && !framing && !concept.InPreamble && !Affiliations.IsRole(concept.Word);
            var cost = MissingCost(concept, index);
            // A light word ("held", "take place", "top") stands where the predicate does but seldom says what is asked.
            cost = Lexicon.LightWords.Contains(concept.Word) ? cost * LightDiscount : cost;
            // "My cousin's sensor broke. Who carried out the strike?": a word of a sentence before the asking one sets the
            // scene, so lacking it says little against a fact; a name there still says whom it is about.
            cost = concept.InPreamble && !concept.IsName ? cost * PreambleDiscount : cost;
            missing += cost;
            if (concept.Id >= 0)
            {
                missingStore += cost;
            }
            // "Our newsroom is planning coverage. Where will they meet?": an odd common word no fact uses, in a sentence
            // before the one that asks, sets the scene; an unknown name there still points at facts the store lacks.
            else if (IsRare(concept) && (concept.IsName || !concept.InPreamble))
            {
                missingRare++;
            }
            else
            {
                missingCommon++;
            }
        }
        var coverage = matched == 0 ? 0 : matched / (matched + missing);
        double similarity = 0;
        bool contained = false, asStored = false;
        for (var i = 0; i < fact.QuestionCount; i++)
        {
            var stored = fact.Question(i);
            similarity = Math.Max(similarity, Similarity(question, stored, fact.QuestionWeight(i), index));
            var holds = Contains(stored, question);
            contained |= holds;
            // The same words as a question a curator stored for this fact, no more and no fewer.
            asStored |= holds && stored.Length == question.Concepts.Count + (question.WhWord is null ? 0 : 1) + question.DroppedIds.Length
                && HoldsAll(stored, question.DroppedIds);
        }
        // "When did Pell put out her statement?": the answer gives no time, but the quoted sentence that states what is asked does.
        var wrongKind = question.Kind != AnswerKind.None && (fact.Kinds & question.Kind) == 0 &&
            !(question.Kind == AnswerKind.Time && fact.DatesInQuotes(question)) &&
            // "Who said technical teams will lead?": the speaker a quote reports is the person asked (SpeakerNames.cs).
            !(question.Kind == AnswerKind.Person && SpeakerNames.ReportsSpeakerAsked(question, fact));
        // "How many drones hit Harrow?": the fact names drones but counts people. "When did Grant Holloway become
        // chief of staff?": a fact with no date or time in its answer cannot say when (dates are read reliably; names
        // and places less so, so those kinds stay a weighed feature).
        var lacksAsked = (question.CountsNamedThing && !CountsAsked(fact, question)) ||
            (wrongKind && question.Kind == AnswerKind.Time) || (wrongKind && question.OpensWithWhy) || (question.AsksMeasure && LacksUnit(fact, question.MeasureUnits)) ||
            // "Which hospital did Korrigan run?": a fact that says only "a hospital" does not say which.
            FactProfile.Has(fact.Unnamed, question.NamedAskedId) ||
            // "How many of the 63 detainees are held by Telsaria?": a fact giving the 63 gives the whole, not the part,
            // unless it counts a part of it ("Telsaria holds 12 of the 63").
            (question.GivenWholeId >= 0 && fact.Mentions(question.GivenWholeId) && !FactProfile.Has(fact.Counted, question.GivenWholeId)) ||
            (question.AsksCurrent && (fact.Kinds & AnswerKind.Hypothetical) != 0);
        // What is asked of the names must be in the fact too: "Who will replace X?" is not answered by "X is leaving",
        // nor "Who held the post before X?" by a fact that never speaks of before.
        var lacksFocus = (question.Focus & ~fact.Focus) != 0;
        var conflict = false;
        foreach (var affiliation in question.Affiliations)
        {
            conflict |= affiliation.ConflictsWith(fact.Affiliations);
        }
        // "When was Vale appointed?": a date in the fact dates what the fact states, so the event asked about
        // must be stated, itself or by a related word in the fact's own answer or quotes ("completed" for "finished"),
        // not only through a word its curators' questions relate to it.
        var lacksPredicate = (Lacks(fact, question, question.PredicateIndex) &&
                (question.PredicateAfterPersonIndex < 0 || Lacks(fact, question, question.PredicateAfterPersonIndex))) ||
            (question.Kind == AnswerKind.Time && question.PredicateIndex >= 0 && !fact.Mentions(question.Concepts[question.PredicateIndex].Id) &&
             !fact.StatesRelated(question.Concepts[question.PredicateIndex])) ||
            (Lacks(fact, question, question.LastPredicateIndex) && !IsContext(question.Concepts[question.LastPredicateIndex], index)) ||
            // "Did Telsaria agree to release 180 units?": a fact that only says what a plan would do must itself state the
            // event asked, not only its curators' questions.
            (question.AsksPastEvent && (fact.Kinds & AnswerKind.Hypothetical) != 0 && !fact.States(question.Concepts[question.PredicateIndex].Id) &&
             !fact.StatesRelated(question.Concepts[question.PredicateIndex]));
        // "What government post does Vale hold?": a role question asks the title, which a fact that titles the person
        // gives; a body the role is held in ("government", "in the Telsarian army") does not say more of what is asked.
        var titlesAsked = question.AsksRole && !missingBeyondRole && fact.TitlesNameOf(question);
        lacksPredicate &= !titlesAsked;
        predicateMissing &= !titlesAsked;
        // The first words after the question word usually name what is asked ("the population of", "the age of").
        var first = question.Concepts.Count < 1 || fact.Mentions(question.Concepts[0].Id);
        var second = question.Concepts.Count < 2 || fact.Mentions(question.Concepts[1].Id);
        return new MatchFeatures(coverage, similarity, matched, missingStore, missingRare, missingCommon, wrongKind,
            Math.Max(1, question.Concepts.Count), first, second,
            // "Where was Michael Weimer born?": the fact knows the man, but nothing of what is asked about him.
            OnlyNamesExplained: !predicateMatched && predicateMissing,
            ContainedInStoredQuestion: contained,
            LacksWhatIsAsked: lacksAsked,
            LacksFocus: lacksFocus,
            LacksPredicate: lacksPredicate,
            AffiliationConflict: conflict,
            RelatedOnly: relatedOnly,
            AsStored: asStored,
            StatesAll: statesAll);
    }

    // A closing word many facts share ("... at the talks") sets the scene; the asked thing is rarer.
    private static bool IsContext(QueryConcept concept, MatchIndex index) =>
        concept.Id >= 0 && index.Weight(concept.Id) < ContextWeight;

    private static bool Lacks(FactProfile fact, AnalyzedQuestion question, int index) =>
        index >= 0 && !fact.Mentions(question.Concepts[index].Id) && !fact.MentionsRelated(question.Concepts[index]);

    /// <summary>A concept of the fact related to the question word ("injury" for "injured"), or -1.</summary>
    private static int MentionsRelated(FactProfile fact, QueryConcept concept)
    {
        foreach (var id in concept.Related)
        {
            if (fact.Mentions(id))
            {
                return id;
            }
        }
        return -1;
    }

    private static double MissingCost(QueryConcept concept, MatchIndex index)
    {
        if (concept.Id >= 0)
        {
            // Names decide: a question about Russia's delegation is not answered by a fact that never names Russia.
            return Math.Max(index.Weight(concept.Id), IsRare(concept) ? RareKnownFloor : UnmatchedFloor);
        }
        return concept.Word.Length <= 3 ? CommonUnknownCost : Lexicon.RarityOf(concept.Word) switch
        {
            WordRarity.Common => CommonUnknownCost,
            WordRarity.Known => KnownUnknownCost,
            _ => RareUnknownCost,
        };
    }

    public static bool IsRare(QueryConcept concept) =>
        concept.IsName || (concept.Word.Length > 3 && Lexicon.RarityOf(concept.Word) == WordRarity.Rare);

}
