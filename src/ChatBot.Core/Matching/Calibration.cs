namespace ChatBot.Core.Matching;

/// <summary>
/// Turns match features into the probability that the fact answers the question: a logistic model fitted on the
/// quality question set (tests/ChatBot.Core.Tests/Quality/calibrate.py documents how; the split it reports keeps
/// the fit honest).
/// </summary>
internal static class Calibration
{
    private static readonly double[] Weights = [0.168, 2.475, 3.397, -0.304, -0.888, 0.167, -1.099, 0.432, 0.778, 0.179, -0.251, -0.872, -0.141, 0.652, 0];
    private const double Bias = -7.208;

    public static double Probability(in MatchFeatures features)
    {
        Span<double> x = stackalloc double[MatchFeatures.Length];
        features.Fill(x);
        var z = Bias;
        for (var i = 0; i < x.Length; i++)
        {
            z += Weights[i] * x[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }
}
