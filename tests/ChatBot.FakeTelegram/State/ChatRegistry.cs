namespace ChatBot.FakeTelegram;

/// <summary>Users, chats and every chat's messages. Message ids count per chat, shared by users and the bot.</summary>
internal sealed class ChatRegistry(UserDirectory users, ChangeSignal signal, bool autoCreateChats)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatState> _chats = [];
    private readonly List<(long ChatId, int MessageId)> _botMessages = [];
    private long _nextGroupId = 1;

    public FakeChat CreateGroup(string title, bool supergroup)
    {
        lock (_gate)
        {
            long id;
            do
            {
                var n = _nextGroupId++;
                id = supergroup ? -(1_000_000_000_000 + n) : -(4_000_000_000 + n);
            }
            while (_chats.ContainsKey(id));

            return AddChatLocked(new FakeChat(id, supergroup ? "supergroup" : "group", Title: title));
        }
    }

    public FakeChat AddChat(FakeChat chat)
    {
        lock (_gate)
        {
            return AddChatLocked(chat);
        }
    }

    public FakeChat? FindChat(long id)
    {
        lock (_gate)
        {
            return _chats.GetValueOrDefault(id)?.Chat;
        }
    }

    /// <summary>The chat a test injects into: created on first use (private chats take the sender's details).</summary>
    public FakeChat EnsureChatForInjection(long chatId, FakeUser from)
    {
        lock (_gate)
        {
            if (_chats.TryGetValue(chatId, out var state))
            {
                return state.Chat;
            }

            if (chatId > 0 && chatId != from.Id)
            {
                throw new ArgumentException($"A private chat's id is its user's id; chat {chatId} cannot have a message from user {from.Id}.", nameof(chatId));
            }

            return AddChatLocked(chatId > 0 ? FakeChat.PrivateWith(from) : DefaultGroup(chatId));
        }
    }

    /// <summary>The chat a bot request names by id or @username; 400 "chat not found" otherwise.</summary>
    public FakeChat ResolveForBot(string? chatIdParam)
    {
        if (string.IsNullOrEmpty(chatIdParam))
        {
            throw ApiError.BadRequest("chat_id is empty");
        }

        lock (_gate)
        {
            if (chatIdParam.StartsWith('@'))
            {
                var name = chatIdParam[1..];
                return _chats.Values.FirstOrDefault(c => string.Equals(c.Chat.Username, name, StringComparison.OrdinalIgnoreCase))?.Chat
                    ?? throw ApiError.ChatNotFound();
            }

            if (!long.TryParse(chatIdParam, out var id) || id == 0)
            {
                throw ApiError.ChatNotFound();
            }

            if (_chats.TryGetValue(id, out var state))
            {
                return state.Chat;
            }

            if (!autoCreateChats)
            {
                throw ApiError.ChatNotFound();
            }

            return AddChatLocked(id > 0 ? FakeChat.PrivateWith(users.Ensure(id)) : DefaultGroup(id));
        }
    }

    public FakeMessage Append(long chatId, bool fromBot, Func<int, FakeMessage> create)
    {
        FakeMessage message;
        lock (_gate)
        {
            var state = _chats[chatId];
            message = create(++state.LastMessageId);
            state.Messages[message.MessageId] = message;
            if (fromBot)
            {
                state.BotMessageIds.Add(message.MessageId);
                _botMessages.Add((chatId, message.MessageId));
            }
        }

        // A delivery is visible before its request is recorded (a slow or dropped answer comes later, or never).
        signal.Notify();
        return message;
    }

    public FakeMessage? Find(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var state) ? state.Messages.GetValueOrDefault(messageId) : null;
        }
    }

    /// <summary>Replaces a stored message; <paramref name="change"/> runs under the lock and may throw ApiError.</summary>
    public FakeMessage Update(long chatId, int messageId, Func<FakeMessage?, FakeMessage> change)
    {
        FakeMessage updated;
        lock (_gate)
        {
            var state = _chats.GetValueOrDefault(chatId);
            updated = change(state?.Messages.GetValueOrDefault(messageId));
            state!.Messages[messageId] = updated;
        }

        signal.Notify();
        return updated;
    }

    public IReadOnlyList<FakeMessage> BotMessages(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var s) ? s.BotMessageIds.Select(id => s.Messages[id]).ToArray() : [];
        }
    }

    public int BotMessageCount(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var s) ? s.BotMessageIds.Count : 0;
        }
    }

    public int TotalBotMessages
    {
        get
        {
            lock (_gate)
            {
                return _botMessages.Count;
            }
        }
    }

    public IReadOnlyList<FakeMessage> AllBotMessages()
    {
        lock (_gate)
        {
            return _botMessages.Select(k => _chats[k.ChatId].Messages[k.MessageId]).ToArray();
        }
    }

    public IReadOnlyDictionary<long, int> BotMessageCounts()
    {
        lock (_gate)
        {
            return _chats.Where(c => c.Value.BotMessageIds.Count > 0).ToDictionary(c => c.Key, c => c.Value.BotMessageIds.Count);
        }
    }

    private static FakeChat DefaultGroup(long id) =>
        new(id, id <= -1_000_000_000_000 ? "supergroup" : "group", Title: $"Group {id}");

    private FakeChat AddChatLocked(FakeChat chat)
    {
        if (_chats.TryGetValue(chat.Id, out var existing))
        {
            return existing.Chat;
        }

        _chats[chat.Id] = new ChatState(chat);
        return chat;
    }
}
