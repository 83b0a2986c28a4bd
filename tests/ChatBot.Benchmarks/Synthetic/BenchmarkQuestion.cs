namespace ChatBot.Benchmarks.Synthetic;

/// <summary>A question of the benchmark mix; <see cref="FactId"/> is the fact it was made from, if any.</summary>
public sealed record BenchmarkQuestion(string Kind, string Text, string? FactId);
