namespace ChatBot.FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>
    /// Completes when <paramref name="condition"/> holds. It is re-checked on every change of the fake's state
    /// (request recorded, poll started or ended, update queued or confirmed), so it should depend on that state.
    /// Throws <see cref="TimeoutException"/> describing what the fake saw.
    /// </summary>
    public Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string description = "the condition", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return ConditionWaiter.WaitAsync(_world.Signal, condition, timeout, () => $"{description}.{Environment.NewLine}{DescribeState()}", cancellationToken);
    }

    /// <summary>Waits until the bot has sent at least <paramref name="count"/> messages to the chat; returns them all.</summary>
    public async Task<IReadOnlyList<FakeMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await WaitForAsync(() => SentMessageCount(chatId) >= count, timeout, $"{count} bot message(s) in chat {chatId}", cancellationToken);
        return SentMessages(chatId);
    }

    /// <summary>Waits for the bot's next message in a chat after the ones it has already sent.</summary>
    public async Task<FakeMessage> WaitForNextMessageAsync(long chatId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var seen = SentMessageCount(chatId);
        var messages = await WaitForMessagesAsync(chatId, seen + 1, timeout, cancellationToken);
        return messages[seen];
    }

    /// <summary>
    /// The first request to <paramref name="method"/> with a sequence number above <paramref name="afterSequence"/>
    /// that matches <paramref name="predicate"/>, waiting for it if it has not happened yet.
    /// </summary>
    public async Task<RecordedRequest> WaitForRequestAsync(
        string method, TimeSpan timeout, Func<RecordedRequest, bool>? predicate = null, long afterSequence = 0, CancellationToken cancellationToken = default)
    {
        RecordedRequest? found = null;
        var scanned = 0;
        await WaitForAsync(
            () =>
            {
                var fresh = _world.Requests.From(scanned);
                scanned += fresh.Length;
                found ??= fresh.FirstOrDefault(r => r.Sequence > afterSequence
                    && string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
                    && (predicate?.Invoke(r) ?? true));
                return found is not null;
            },
            timeout,
            $"a {method} request",
            cancellationToken);
        return found!;
    }

    /// <summary>Waits until a getUpdates long poll is pending, i.e. the bot is listening.</summary>
    public Task WaitForPollAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForAsync(() => IsPollActive, timeout, "a pending getUpdates long poll", cancellationToken);

    /// <summary>Waits until the bot has confirmed every queued update (through a later getUpdates offset).</summary>
    public Task WaitForUpdatesConfirmedAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForAsync(() => PendingUpdateCount == 0, timeout, "all updates to be confirmed", cancellationToken);
}
