using System.Text;

namespace ChatBot.FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>Every /bot request so far, in the order their answers were decided.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _world.Requests.Snapshot();

    public int RequestCount => _world.Requests.Count;

    public IReadOnlyList<RecordedRequest> RequestsFor(string method) =>
        _world.Requests.Snapshot().Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>The bot's messages in a chat, oldest first, each as it is now (edits applied, deletions flagged).</summary>
    public IReadOnlyList<FakeMessage> SentMessages(long chatId) => _world.Chats.BotMessages(chatId);

    public int SentMessageCount(long chatId) => _world.Chats.BotMessageCount(chatId);

    /// <summary>The bot's messages in every chat, in the order they were delivered.</summary>
    public IReadOnlyList<FakeMessage> AllSentMessages() => _world.Chats.AllBotMessages();

    public int TotalSentMessages => _world.Chats.TotalBotMessages;

    public FakeMessage? FindMessage(long chatId, int messageId) => _world.Chats.Find(chatId, messageId);

    /// <summary>Updates queued and not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdateCount => _world.Updates.PendingCount;

    /// <summary>True while a getUpdates long poll is waiting.</summary>
    public bool IsPollActive => _world.Updates.IsPollActive;

    /// <summary>How many times an unconfirmed update was handed out; null once it is confirmed.</summary>
    public int? UpdateDeliveries(long updateId) => _world.Updates.Deliveries(updateId);

    public string WebhookUrl => _world.Updates.Webhook.Url;

    public bool IsQueryAnswered(string queryId) => _world.Queries.IsAnswered(queryId);

    public FakeFile? FindFile(string fileId) => _world.Files.Find(fileId);

    public byte[]? GetFileContent(string fileId) => _world.Files.Content(fileId);

    /// <summary>The commands the bot set for a scope ("default", "all_private_chats", "chat", …) and language.</summary>
    public IReadOnlyList<BotCommandInfo> GetMyCommands(string scopeType = "default", string? languageCode = null, long? chatId = null, long? userId = null) =>
        _world.Commands.Get(CommandRegistry.Key(scopeType, chatId, userId, languageCode));

    /// <summary>A summary for failure messages: recent requests, messages per chat, pending updates and faults.</summary>
    public string DescribeState(int lastRequests = 15)
    {
        var requests = _world.Requests.Snapshot();
        var text = new StringBuilder();
        text.Append($"Fake Bot API state: {requests.Length} request(s)");
        text.Append($", {_world.Updates.PendingCount} pending update(s), poll active: {_world.Updates.IsPollActive}");
        var perChat = _world.Chats.BotMessageCounts();
        text.Append(perChat.Count == 0
            ? ", no bot messages"
            : ", bot messages per chat: " + string.Join(", ", perChat.Select(kv => $"{kv.Key}={kv.Value}")));
        if (_world.Updates.Webhook.IsSet)
        {
            text.Append($", webhook: {WebhookPosts} POST(s) to {string.Join(" ", WebhookProxies.Select(p => p.ToString()).DefaultIfEmpty(WebhookUrl))}");
            if (_world.Updates.LastWebhookError is { } error)
            {
                text.Append($", last error at {error.At:HH:mm:ss.fff}: {error.Message}");
            }
        }

        var faults = _world.Faults.Pending();
        if (faults.Count > 0)
        {
            text.Append(", pending faults: ").AppendJoin("; ", faults);
        }

        text.Append('.');
        foreach (var r in requests.Skip(Math.Max(0, requests.Length - lastRequests)))
        {
            text.Append(Environment.NewLine).Append("  ").Append(r);
        }

        return text.ToString();
    }
}
