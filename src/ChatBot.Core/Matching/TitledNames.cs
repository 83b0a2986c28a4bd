namespace ChatBot.Core.Matching;

/// <summary>
/// The names a fact gives a title or role next to: "Ambassador Orrin Vale", "Orrin Vale, the Telsarian envoy". Of
/// several facts that name a person, such a fact says who the person is; one that only mentions the name in passing
/// ("Vale said the talks would resume") does not. A name given its role in apposition ("Orrin Vale, the Telsarian
/// envoy") is also kept as its complement (~concept): the fact defines the person, where one that only writes a title
/// before the name ("envoy Vale said…") uses it in passing.
/// </summary>
internal static class TitledNames
{
    // A role stands a few words from its name: "chief of staff Gen Tomas Brell", "Tomas Brell, the army chief".
    private const int Window = 4;

    /// <param name="capital">Whether each word is capitalised where a lower-case word could stand (not opening a sentence).</param>
    /// <param name="upper">Whether each word is written capitalised at all.</param>
    /// <param name="comma">Whether a comma follows each word.</param>
    public static void Find(ReadOnlySpan<Affiliations.Word> info, ReadOnlySpan<bool> capital, ReadOnlySpan<bool> upper,
        ReadOnlySpan<bool> comma, ReadOnlySpan<int> terms, List<int> termConcept, List<int> titled)
    {
        for (var i = 0; i < info.Length; i++)
        {
            var concept = termConcept[terms[i]];
            if (!capital[i] || info[i].IsRole || concept < 0)
            {
                continue;
            }
            if (!titled.Contains(concept) && TitleNear(info, Math.Max(0, i - Window), Math.Min(info.Length - 1, i + Window)))
            {
                titled.Add(concept);
            }
            if (comma[i] && ApposedTitle(info, comma, i + 1, Math.Min(info.Length - 1, i + Window)))
            {
                // The whole name before the comma: "Tomas Brell, the army chief" defines Tomas as well as Brell, even
                // when "Tomas" opens the sentence.
                for (var j = i; j >= 0 && upper[j] && !info[j].IsRole && termConcept[terms[j]] >= 0 && (j == i || !comma[j]); j--)
                {
                    Add(titled, termConcept[terms[j]]);
                    Add(titled, ~termConcept[terms[j]]);
                }
            }
        }
    }

    private static void Add(List<int> titled, int concept)
    {
        if (!titled.Contains(concept))
        {
            titled.Add(concept);
        }
    }

    private static bool TitleNear(ReadOnlySpan<Affiliations.Word> info, int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            if (info[j].IsTitle)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A title in the phrase after a name's comma, before the next comma ends it: "Orrin Vale, the Telsarian envoy", but
    /// not "Corla Denn, Orrin Vale, the envoy", a list in which the envoy is Vale.
    /// </summary>
    private static bool ApposedTitle(ReadOnlySpan<Affiliations.Word> info, ReadOnlySpan<bool> comma, int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            if (info[j].IsTitle)
            {
                return true;
            }
            if (comma[j])
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the fact's titled names (sorted) hold the name in apposition to its role.</summary>
    public static bool Apposed(ReadOnlySpan<int> titled, int concept) => concept >= 0 && titled.BinarySearch(~concept) >= 0;
}
