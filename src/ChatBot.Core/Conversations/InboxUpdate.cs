namespace ChatBot.Core.Conversations;

/// <summary>An update as received from the transport, kept verbatim until it has been handled.</summary>
public sealed record InboxUpdate(long UpdateId, string Kind, string Payload, DateTimeOffset ReceivedAt)
{
    private readonly string? _chat;
    private readonly bool _chatKnown;

    /// <summary>
    /// What orders the update (<see cref="ChatKey"/>): given by a transport that has parsed the update already, so the
    /// store need not parse its JSON again; read from <see cref="Payload"/> when not given.
    /// </summary>
    public string? Chat
    {
        get => _chatKnown ? _chat : ChatKey.Of(Payload);
        init
        {
            _chat = value;
            _chatKnown = true;
        }
    }
}
