namespace ChatBot.Core.Facts;

/// <summary>A candidate fact; a higher <see cref="Score"/> is a better full-text match.</summary>
public readonly record struct SearchHit(string FactId, double Score);
