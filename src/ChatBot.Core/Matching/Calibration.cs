namespace ChatBot.Core.Matching;

/// <summary>
/// Turns match features into the probability that the fact answers the question: a logistic model fitted on the
/// quality question set (tests/ChatBot.Core.Tests/Quality/calibrate.py documents how; the split it reports keeps
/// the fit honest).
/// </summary>
internal static class Calibration
{
    private static readonly double[] Weights = [0.149, 2.477, 3.355, -0.298, -0.853, 0.219, -1.395, 0.4, 0.774, 0.254, -0.245, -0.838, -0.204, 0.667, 0, 0, 0, 0, 0];
    private const double Bias = -7.177;

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
