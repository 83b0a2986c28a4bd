namespace ChatBot.Core.Matching;

/// <summary>
/// "How many have died in strikes this year?", "How many days has Vale served so far?": a count over a span up to now.
/// A fact that gives the toll of one strike, or the day a term began, does not give that tally.
/// </summary>
public static partial class QuestionAnalyzer
{
    // The two-word phrases that ask a running tally, by the word a fact giving the tally would use too.
    private static readonly (string First, string Second, string Key)[] TallyPhrases =
    [
        ("this", "year", "year"), ("so", "far", "far"), ("to", "date", "date"), ("in", "total", "total"), ("all", "told", "total"),
    ];

    /// <summary>The concept a running tally asked by a count question is written with ("year", "total"), or -1.</summary>
    private static int TallyAsked(List<string> tokens, MatchIndex index)
    {
        // "What is the death toll so far?" asks the latest figure, which a fact does give: only "how many" asks a tally.
        if (!HowMany(tokens))
        {
            return -1;
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            foreach (var (first, second, key) in TallyPhrases)
            {
                if (tokens[i] == first && tokens[i + 1] == second)
                {
                    var id = index.WordId(key);
                    // A word no fact uses is stated by none: every fact would fail, as it should.
                    return id >= 0 ? id : int.MaxValue;
                }
            }
            if (tokens[i] == "altogether")
            {
                var id = index.WordId("total");
                return id >= 0 ? id : int.MaxValue;
            }
        }
        return -1;
    }

    private static bool HowMany(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "how" && tokens[i + 1] is "many" or "much")
            {
                return true;
            }
        }
        return false;
    }
}
