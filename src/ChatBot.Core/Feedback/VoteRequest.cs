namespace ChatBot.Core.Feedback;

/// <summary>A press on 👍 or 👎 under an answer; <see cref="QuestionId"/> is 0 for a fact opened without a question.</summary>
public sealed record VoteRequest(long QuestionId, string FactId, long UserId, long ChatId, bool Up, long UpdateId, DateTimeOffset At);
