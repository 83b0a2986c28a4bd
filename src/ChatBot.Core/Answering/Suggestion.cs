namespace ChatBot.Core.Answering;

/// <summary>A fact offered under "did you mean", shown by its canonical question.</summary>
public sealed record Suggestion(string FactId, string Question, double Confidence);
