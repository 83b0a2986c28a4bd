using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>A fact's next version, written only if the stored fact is still at <see cref="ExpectedVersion"/>.</summary>
public sealed record FactUpdate(Fact Fact, int ExpectedVersion)
{
    /// <summary>An edit that did not say "Notify:": its alert waits for the admin's Send alert / Don't alert.</summary>
    public bool HoldAlert { get; init; }
}
