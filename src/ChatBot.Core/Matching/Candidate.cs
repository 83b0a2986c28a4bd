namespace ChatBot.Core.Matching;

/// <summary>A fact (by index position) proposed for a question, with its retrieval score.</summary>
internal readonly record struct Candidate(int Position, double Score);
