namespace ChatBot.Core.Conversations;

/// <summary>An update as received from the transport, kept verbatim until it has been handled.</summary>
public sealed record InboxUpdate(long UpdateId, string Kind, string Payload, DateTimeOffset ReceivedAt);
