namespace ChatBot.Core.Matching;

/// <summary>
/// The names a fact gives a title or role next to: "Ambassador Orrin Vale", "Orrin Vale, the Telsarian envoy". Of
/// several facts that name a person, such a fact says who the person is; one that only mentions the name in passing
/// ("Vale said the talks would resume") does not.
/// </summary>
internal static class TitledNames
{
    // A role stands a few words from its name: "chief of staff Gen Tomas Brell", "Tomas Brell, the army chief".
    private const int Window = 4;

    public static void Find(ReadOnlySpan<Affiliations.Word> info, ReadOnlySpan<bool> capital, ReadOnlySpan<int> terms,
        List<int> termConcept, List<int> titled)
    {
        for (var i = 0; i < info.Length; i++)
        {
            var concept = termConcept[terms[i]];
            if (!capital[i] || info[i].IsRole || concept < 0 || titled.Contains(concept))
            {
                continue;
            }
            for (var j = Math.Max(0, i - Window); j <= Math.Min(info.Length - 1, i + Window); j++)
            {
                if (info[j].IsTitle)
                {
                    titled.Add(concept);
                    break;
                }
            }
        }
    }
}
