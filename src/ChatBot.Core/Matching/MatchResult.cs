namespace ChatBot.Core.Matching;

/// <summary>
/// The matcher's verdict. <see cref="Answered"/> is true when <see cref="Best"/> is confident enough to be shown as
/// the answer; <see cref="Alternatives"/> are close runners-up (or, when not answered, the best guesses to offer).
/// </summary>
public sealed record MatchResult(bool Answered, MatchCandidate? Best, IReadOnlyList<MatchCandidate> Alternatives)
{
    public static MatchResult None { get; } = new(false, null, []);
}
