namespace ChatBot.Core.Feedback;

/// <summary>The answer's tally after a vote, and whether this vote should ask the voter what was wrong.</summary>
public sealed record VoteOutcome(int Up, int Down, bool AskReason);
