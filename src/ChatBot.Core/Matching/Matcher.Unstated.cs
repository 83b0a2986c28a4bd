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

    /// <summary>"Where in Ostrava…?" against a fact whose only place is Ostrava: it does not say where within it.</summary>
    private static bool OnlyPlaceAsked(AnalyzedQuestion question, FactProfile fact) =>
        question.WhereInId >= 0 && fact.Places.Length == 1 && fact.Places[0] == question.WhereInId;
}
