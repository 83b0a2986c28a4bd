namespace ChatBot.Core.Matching;

/// <summary>
/// Turns match features into the probability that the fact answers the question: a logistic model fitted on the
/// quality question set (tests/ChatBot.Core.Tests/Quality/calibrate.py documents how; the split it reports keeps
/// the fit honest).
/// </summary>
internal static class Calibration
{
    private static readonly double[] Weights = [4.0, 3.0, 0.5, -0.5, -2.0, -0.4, -2.5, -0.3, 0.5, 0.5, -1, -3];
    private const double Bias = -3.5;

    public static double Probability(in MatchFeatures features)
    {
        var x = features.ToVector();
        var z = Bias;
        for (var i = 0; i < x.Length; i++)
        {
            z += Weights[i] * x[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }
}
