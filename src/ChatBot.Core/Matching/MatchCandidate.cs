namespace ChatBot.Core.Matching;

/// <summary>A fact the question may be about, with the matcher's confidence in [0, 1].</summary>
public sealed record MatchCandidate(string FactId, double Confidence);
