namespace ChatBot.Core.Feedback;

/// <summary>A logged question whose answer (<see cref="FactId"/>) got down-votes, with the reasons given.</summary>
public sealed record VotedQuestion(long QuestionId, string Text, string FactId, int Down, IReadOnlyList<string> Reasons);
