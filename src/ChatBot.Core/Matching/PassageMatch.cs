namespace ChatBot.Core.Matching;

/// <summary>A source sentence that states what was asked; <see cref="Confidence"/> is how much of the question it explains.</summary>
public sealed record PassageMatch(int Position, double Confidence);
