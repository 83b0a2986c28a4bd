using ChatBot.Core.Answering;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Changes;

/// <summary>A change worth telling askers about: the fact as it is now, what it said before, and its citation.</summary>
public sealed record StoreChange(ChangeKind Kind, DateTimeOffset At, Fact Fact, string? OldAnswer, Citation? Citation);
