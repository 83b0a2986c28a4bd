namespace ChatBot.Core.Tests.Quality;

internal sealed record QualityReport(
    int InScope,
    int OutOfScope,
    double Top1,
    double AnsweredRight,
    double WrongAnswers,
    double Abstention,
    double Verbatim);
