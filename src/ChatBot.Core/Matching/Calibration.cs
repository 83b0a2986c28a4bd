namespace ChatBot.Core.Matching;

/// <summary>
/// Turns match features into the probability that the fact answers the question: a logistic model fitted on the
/// quality question set (tests/ChatBot.Core.Tests/Quality/calibrate.py documents how; the split it reports keeps
/// the fit honest).
/// </summary>
internal static class Calibration
{
    private static readonly double[] Weights = [0.552, 2.704, 3.352, -0.301, -0.927, 0.133, -1.124, 0.319, 0.838, 0.234, -0.323, -0.911, -0.204];
    private const double Bias = -7.232;

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
