namespace ChatBot.Core.Alerts;

/// <summary>What enqueueing produced: the alert and how many deliveries it fanned out to.</summary>
public sealed record EnqueuedAlert(long AlertId, int Recipients);
