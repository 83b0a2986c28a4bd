namespace ChatBot.Core.Matching;

/// <summary>
/// What a fact's words may match but it does not state: another speaker's words, or only the place the question already
/// names. Such a fact is offered, never the answer, unless a curator stored the question for it.
/// </summary>
public sealed partial class Matcher
{
    /// <summary>The question asks what a named person said, and the fact reports only others as speaking.</summary>
    private static bool OtherSpeaker(AnalyzedQuestion question, FactProfile fact)
    {
        if (question.SpeakerIds.Length == 0 || fact.Speakers.IsEmpty)
        {
            return false;
        }
        foreach (var id in question.SpeakerIds)
        {
            if (FactProfile.Has(fact.Speakers, id))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// What the fact may match but does not state, beside <see cref="OtherSpeaker"/>: "where in Ostrava…?" against a
    /// fact whose only place is Ostrava, a sum of something else or in another currency, another season, a deed or a
    /// topic it never names. A deed of names depends on the question alone, so it is read first and ends the check
    /// for every candidate at once. Internal for tests: the matcher may decline such a fact on other grounds too.
    /// </summary>
    internal static bool StatesOtherThanAsked(AnalyzedQuestion question, FactProfile fact) =>
        question.AsksDeedOfNames ||
        (question.WhereInId >= 0 && fact.Places.Length == 1 && fact.Places[0] == question.WhereInId) ||
        OnlyMoneyExplained(question, fact) || OtherCurrency(question, fact) || OtherSeason(question, fact) ||
        OtherTopic(question, fact) || OnlyResponseSought(question, fact) ||
        OtherPlace(question, fact) || (question.TallyId >= 0 && !fact.Mentions(question.TallyId));

    /// <summary>
    /// "Price of gold today?" against a fact that gives a sale's worth in dollars: the fact explains only the words that
    /// ask for a sum, not what the sum is of. ("And in pounds?" asks no sum word: it follows a question about one.)
    /// </summary>
    private static bool OnlyMoneyExplained(AnalyzedQuestion question, FactProfile fact)
    {
        if (!question.AsksSum)
        {
            return false;
        }
        var money = false;
        // By index: a foreach over the IReadOnlyList would box its enumerator for every candidate.
        for (var i = 0; i < question.Concepts.Count; i++)
        {
            var c = question.Concepts[i];
            if (!fact.Mentions(c.Id) && !fact.MentionsRelated(c))
            {
                continue;
            }
            if (!CurrencyWords.IsMoney(c.Word))
            {
                return false;
            }
            money = true;
        }
        return money;
    }

    /// <summary>"What is 40 million crowns in dollars?" against a fact that never gives dollars: it cannot convert.</summary>
    private static bool OtherCurrency(AnalyzedQuestion question, FactProfile fact) =>
        question.InCurrencyId >= 0 && !fact.Mentions(question.InCurrencyId);

    /// <summary>"What would Telsaria release in winter?" against a fact that gives only what it would release in summer.</summary>
    private static bool OtherSeason(AnalyzedQuestion question, FactProfile fact)
    {
        if (question.OtherSeasonIds.Length == 0 || fact.States(question.SeasonId))
        {
            return false;
        }
        foreach (var id in question.OtherSeasonIds)
        {
            if (fact.States(id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"What did Vale say about the dam?" against a fact that quotes him on something else: it never names the dam.</summary>
    private static bool OtherTopic(AnalyzedQuestion question, FactProfile fact)
    {
        if (question.SaidAboutIndex < 0)
        {
            return false;
        }
        for (var i = question.SaidAboutIndex; i < question.Concepts.Count; i++)
        {
            var topic = question.Concepts[i];
            // Past the first word only a name counts: "the remaining differences" may be said otherwise ("the gap").
            if ((i == question.SaidAboutIndex || FeatureExtractor.IsRare(topic)) && !fact.Mentions(topic.Id) && !fact.MentionsRelated(topic))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Did the ministry respond to the paper?" against "The paper contacted the ministry for comment": a fact that
    /// reports nobody speaking and only the seeking of a comment does not say whether one came.
    /// </summary>
    private static bool OnlyResponseSought(AnalyzedQuestion question, FactProfile fact)
    {
        var (seeking, response) = question.ResponseSought;
        return seeking.Length > 0 && fact.Speakers.IsEmpty && fact.StatesAny(seeking) && fact.StatesAny(response);
    }

    /// <summary>"How many died in the strikes on Harrow?" against a fact that counts the dead of a strike it places elsewhere.</summary>
    private static bool OtherPlace(AnalyzedQuestion question, FactProfile fact)
    {
        foreach (var id in question.PlacedIds)
        {
            if (!fact.Mentions(id))
            {
                return true;
            }
        }
        return false;
    }
}
