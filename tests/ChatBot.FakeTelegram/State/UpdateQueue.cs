using System.Diagnostics;

namespace ChatBot.FakeTelegram;

/// <summary>
/// Updates kept until confirmed by a getUpdates offset, the single long-poll slot, and the webhook setting
/// (which forbids getUpdates). One short lock guards it all; nothing awaits while holding it.
/// </summary>
internal sealed class UpdateQueue(ChangeSignal signal, long firstUpdateId)
{
    // Telegram's default when allowed_updates was never given (or given empty).
    private static readonly HashSet<string> OptInOnly = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<QueuedUpdate> _pending = [];
    private readonly HashSet<long> _inFlight = [];
    private long _nextId = firstUpdateId;
    private PollWaiter? _active;
    private HashSet<string>? _allowed;
    private bool _shutdown;

    public WebhookState Webhook { get; private set; } = WebhookState.None;

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public bool IsPollActive
    {
        get
        {
            lock (_gate)
            {
                return _active is not null;
            }
        }
    }

    public long Enqueue(string type, Func<long, byte[]> serialize)
    {
        long id;
        lock (_gate)
        {
            id = _nextId++;
            _pending.Add(new QueuedUpdate(id, type, serialize(id)));
            _active?.Wake();
        }

        signal.Notify();
        return id;
    }

    /// <summary>How often an unconfirmed update was handed out; null once confirmed (or never queued).</summary>
    public int? Deliveries(long updateId)
    {
        lock (_gate)
        {
            return _pending.Find(u => u.Id == updateId)?.Deliveries;
        }
    }

    public async Task<IReadOnlyList<QueuedUpdate>> PollAsync(
        long offset, int limit, int timeoutSeconds, IReadOnlyCollection<string>? allowedUpdates, CancellationToken aborted)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Math.Max(0, timeoutSeconds) * (double)Stopwatch.Frequency);
        PollWaiter me;
        List<QueuedUpdate>? immediate = null;
        lock (_gate)
        {
            if (Webhook.IsSet)
            {
                throw WebhookConflict();
            }

            Confirm(offset);
            if (allowedUpdates is not null)
            {
                _allowed = allowedUpdates.Count == 0 ? null : [.. allowedUpdates];
            }

            // Telegram ends the OLDER request with 409; the newcomer carries on.
            _active?.Supersede();
            _active = null;
            var batch = Collect(limit);
            me = new PollWaiter();
            if (batch.Count > 0 || timeoutSeconds <= 0 || _shutdown)
            {
                immediate = batch;
            }
            else
            {
                _active = me;
            }
        }

        // Confirmations and a newly pending poll are both state that waiters may be watching.
        signal.Notify();
        if (immediate is not null)
        {
            return immediate;
        }

        try
        {
            while (true)
            {
                var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                var timedOut = remaining <= TimeSpan.Zero || !await WaitAsync(me.Woken, remaining, aborted);
                lock (_gate)
                {
                    if (me.Superseded)
                    {
                        throw new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                    }

                    if (me.WebhookSet)
                    {
                        throw WebhookConflict();
                    }

                    var batch = Collect(limit);
                    if (batch.Count > 0 || timedOut || me.ShuttingDown)
                    {
                        return batch;
                    }

                    // Woken, but everything queued was filtered out by allowed_updates: wait on.
                    me = new PollWaiter();
                    _active = me;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_active, me))
                {
                    _active = null;
                }
            }

            signal.Notify();
        }
    }

    public void SetWebhook(WebhookState state, bool dropPending)
    {
        lock (_gate)
        {
            Webhook = state;
            if (state.IsSet && state.AllowedUpdates is { } allowed)
            {
                // One allowed_updates setting serves both ways of receiving, as with Telegram.
                _allowed = allowed.Count == 0 ? null : [.. allowed];
            }

            if (dropPending)
            {
                _pending.Clear();
            }

            if (state.IsSet)
            {
                _active?.EndForWebhook();
                _active = null;
            }
        }

        signal.Notify();
    }

    /// <summary>
    /// The oldest update to POST while a webhook is set, or null. Like Telegram's Bot API server, a chat's updates go one
    /// after another (none while an older one of its chat is unconfirmed or in flight) and different chats' in
    /// parallel, up to the webhook's max_connections (40 when not given).
    /// </summary>
    public (QueuedUpdate Update, WebhookState Hook)? NextForWebhook()
    {
        lock (_gate)
        {
            if (!Webhook.IsSet || _shutdown || _inFlight.Count >= (Webhook.MaxConnections ?? 40))
            {
                return null;
            }

            var waiting = new HashSet<long>();
            foreach (var update in _pending)
            {
                if (!IsAllowed(update.Type))
                {
                    continue;
                }

                if (_inFlight.Contains(update.Id) || waiting.Contains(update.Chat))
                {
                    waiting.Add(update.Chat);
                    continue;
                }

                waiting.Add(update.Chat);
                update.Deliveries++;
                _inFlight.Add(update.Id);
                return (update, Webhook);
            }

            return null;
        }
    }

    /// <summary>The bot answered 2xx: the update is confirmed, as an offset would confirm it.</summary>
    public void ConfirmWebhook(long updateId)
    {
        lock (_gate)
        {
            _pending.RemoveAll(u => u.Id == updateId);
            _inFlight.Remove(updateId);
        }

        signal.Notify();
    }

    /// <summary>The POST failed: the update goes out again, before its chat's later ones.</summary>
    public void RetryWebhook(long updateId)
    {
        lock (_gate)
        {
            _inFlight.Remove(updateId);
        }

        signal.Notify();
    }

    public void RecordWebhookError(string message, DateTimeOffset at)
    {
        lock (_gate)
        {
            LastWebhookError = (message, at);
        }

        signal.Notify();
    }

    /// <summary>What getWebhookInfo reports as last_error_message/last_error_date.</summary>
    public (string Message, DateTimeOffset At)? LastWebhookError { get; private set; }

    public void Shutdown()
    {
        lock (_gate)
        {
            _shutdown = true;
            _active?.EndForShutdown();
        }
    }

    private static ApiError WebhookConflict() =>
        new(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");

    private static async Task<bool> WaitAsync(Task woken, TimeSpan remaining, CancellationToken aborted)
    {
        try
        {
            await woken.WaitAsync(remaining, aborted);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            var confirmed = 0;
            while (confirmed < _pending.Count && _pending[confirmed].Id < offset)
            {
                confirmed++;
            }

            _pending.RemoveRange(0, confirmed);
        }
        else if (offset < 0)
        {
            // A negative offset keeps only the last -offset updates and forgets the rest.
            var keep = (int)Math.Min(-offset, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
        }
    }

    private List<QueuedUpdate> Collect(int limit)
    {
        var batch = new List<QueuedUpdate>(Math.Min(limit, _pending.Count));
        var filteredOut = false;
        foreach (var update in _pending)
        {
            if (!IsAllowed(update.Type))
            {
                filteredOut = true;
                continue;
            }

            if (batch.Count == limit)
            {
                break;
            }

            update.Deliveries++;
            batch.Add(update);
        }

        if (filteredOut)
        {
            // Telegram never creates updates the bot opted out of; dropping them here is the closest equivalent.
            _pending.RemoveAll(u => !IsAllowed(u.Type));
        }

        return batch;
    }

    private bool IsAllowed(string type) => _allowed?.Contains(type) ?? !OptInOnly.Contains(type);
}
