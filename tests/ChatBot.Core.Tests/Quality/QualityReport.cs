namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// In-scope questions fall in exactly one of: answered right, right fact offered first, confident wrong answer,
/// declined (not answered, right fact not offered first). Out-of-scope questions are declined or answered.
/// </summary>
internal sealed record QualityReport(
    int InScope,
    int OutOfScope,
    double AnsweredRight,
    double OfferedFirst,
    double WrongAnswers,
    double Declined,
    double Abstention,
    double Verbatim)
{
    /// <summary>Declined questions given a source sentence that states the expected fact or labelled passage.</summary>
    public int PassageHelpful { get; init; }

    /// <summary>In-scope questions given a source sentence that does not state what the expected fact does.</summary>
    public int PassageUnrelated { get; init; }

    /// <summary>Questions nothing in the store answers that were given a source sentence anyway.</summary>
    public int PassageOutOfScope { get; init; }

    /// <summary>The right fact answered, or offered first under "did you mean".</summary>
    public double Top1 => AnsweredRight + OfferedFirst;

    public string Line(string name) =>
        $"QUALITY {name}: in-scope {InScope}: answered right {AnsweredRight:P1}, offered first {OfferedFirst:P1} " +
        $"(top-1 {Top1:P1}), wrong {WrongAnswers:P1}, declined {Declined:P1}; out-of-scope {OutOfScope}: declined " +
        $"{Abstention:P1}; verbatim citations {Verbatim:P1}; source sentences: {PassageHelpful} stating the answer, " +
        $"{PassageUnrelated} another sentence, {PassageOutOfScope} on out-of-scope";
}
