namespace ChatBot.Core.Feedback;

public sealed record FactVotes(string FactId, int Up, int Down);
