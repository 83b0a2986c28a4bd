using ChatBot.Core.Answering;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Changes;

/// <summary>A change worth telling askers about: the fact as it is now, what it said before, and its citation.</summary>
public sealed record StoreChange(ChangeKind Kind, DateTimeOffset At, Fact Fact, string? OldAnswer, Citation? Citation)
{
    /// <summary>The fact as it was before, for its old answer in another language; null for an added fact.</summary>
    public Fact? Previous { get; init; }

    /// <summary>"v2" when a curator reverted the fact to that version (<see cref="ChangeKind.Restored"/>), else null.</summary>
    public string? RestoredVersion { get; init; }
}
