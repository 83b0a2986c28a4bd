namespace ChatBot.Core.Matching;

/// <summary>How well one fact explains one question; the calibrated model turns these into a confidence.</summary>
/// <param name="StatesAll">
/// The fact's answer and quotes themselves hold every word of the question, or a related word (not for a light word):
/// the fact states what is asked, not only its curators' questions.
/// </param>
public readonly record struct MatchFeatures(
    double Coverage,
    double QuestionSimilarity,
    double MatchedWeight,
    double MissingStoreWeight,
    int MissingRare,
    int MissingCommon,
    bool WrongKind,
    int Concepts,
    bool FirstMatched,
    bool SecondMatched,
    bool OnlyNamesExplained,
    bool ContainedInStoredQuestion,
    bool LacksWhatIsAsked = false,
    bool LacksFocus = false,
    bool LacksPredicate = false,
    bool AffiliationConflict = false,
    bool RelatedOnly = false,
    bool AsStored = false,
    bool StatesAll = false)
{
    public const int Length = 19;

    public double[] ToVector()
    {
        var x = new double[Length];
        Fill(x);
        return x;
    }

    /// <summary>Writes the model's inputs into <paramref name="x"/> (a stack buffer on the answer path).</summary>
    public void Fill(Span<double> x)
    {
        ReadOnlySpan<double> values =
        [
        Coverage,
        QuestionSimilarity,
        Math.Log(1 + MatchedWeight),
        MissingStoreWeight,
        MissingRare,
        MissingCommon,
        WrongKind ? 1 : 0,
        Math.Log(Concepts),
        FirstMatched ? 1 : 0,
        SecondMatched ? 1 : 0,
        MissingCommon / (double)Concepts,
        MissingRare > 0 ? 1 : 0,
        OnlyNamesExplained ? 1 : 0,
        Coverage >= 0.999 ? 1 : 0,
        ContainedInStoredQuestion ? 1 : 0,
        LacksPredicate ? 1 : 0,
        LacksWhatIsAsked ? 1 : 0,
        LacksFocus ? 1 : 0,
        AffiliationConflict ? 1 : 0,
        ];
        values.CopyTo(x);
    }
}
