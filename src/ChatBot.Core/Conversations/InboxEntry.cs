namespace ChatBot.Core.Conversations;

/// <summary>A pending inbox row with the number of times handling it has been started (crashes included).</summary>
public sealed record InboxEntry(long UpdateId, string Kind, string Payload, DateTimeOffset ReceivedAt, int Attempts);
