namespace ChatBot.Core.Facts;

/// <summary>What a "did you mean" button shows of a fact: its id and question, and whether it is still active.</summary>
public sealed record FactHeadline(string Id, string Question, FactStatus Status);
