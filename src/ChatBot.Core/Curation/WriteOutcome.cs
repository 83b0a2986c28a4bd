namespace ChatBot.Core.Curation;

/// <summary>What a write did; <see cref="CurrentVersion"/> is the fact's version after it (or the blocking one).</summary>
public sealed record WriteOutcome(WriteStatus Status, int CurrentVersion = 0, string? Detail = null)
{
    public static WriteOutcome Saved(int version) => new(WriteStatus.Saved, version);
}
