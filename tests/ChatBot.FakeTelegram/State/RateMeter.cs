using System.Diagnostics;

namespace ChatBot.FakeTelegram;

/// <summary>Delivery stamps of message sends, globally and per chat, in Stopwatch ticks (monotonic, sorted).</summary>
internal sealed class RateMeter(long startTimestamp)
{
    private static readonly long Second = Stopwatch.Frequency;
    private readonly Lock _gate = new();
    private readonly List<long> _all = [];
    private readonly Dictionary<long, List<long>> _perChat = [];

    public void Record(long chatId)
    {
        lock (_gate)
        {
            // Stamped under the lock so every list stays sorted.
            var now = Stopwatch.GetTimestamp();
            _all.Add(now);
            if (!_perChat.TryGetValue(chatId, out var list))
            {
                _perChat[chatId] = list = [];
            }

            list.Add(now);
        }
    }

    /// <summary>Seconds to wait when one more send to <paramref name="chat"/> now would break a limit; null when it would not.</summary>
    public int? RetryAfter(FakeChat chat, RateLimits limits)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var wait = WaitTicks(_all, now, Second, limits.GlobalPerSecond);
            if (_perChat.TryGetValue(chat.Id, out var list))
            {
                wait = Math.Max(wait, WaitTicks(list, now, Second, limits.PerChatPerSecond));
                if (!chat.IsPrivate)
                {
                    wait = Math.Max(wait, WaitTicks(list, now, 60 * Second, limits.PerGroupPerMinute));
                }
            }

            return wait <= 0 ? null : (int)Math.Max(1, Math.Ceiling((double)wait / Second));
        }
    }

    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }

    public int MaxInWindow(TimeSpan window, long? chatId)
    {
        lock (_gate)
        {
            var list = chatId is null ? _all : _perChat.GetValueOrDefault(chatId.Value);
            return list is null ? 0 : MaxInWindow(list, Ticks(window));
        }
    }

    public SendRateReport Report(TimeSpan window)
    {
        lock (_gate)
        {
            var ticks = Ticks(window);
            var busiest = (Chat: (long?)null, Max: 0);
            foreach (var (chatId, list) in _perChat)
            {
                var max = MaxInWindow(list, ticks);
                if (max > busiest.Max)
                {
                    busiest = (chatId, max);
                }
            }

            return new SendRateReport(_all.Count, window, MaxInWindow(_all, ticks), busiest.Max, busiest.Chat);
        }
    }

    /// <summary>Sends in each whole second since the fake started (index 0 = first second).</summary>
    public IReadOnlyList<int> PerSecond(long? chatId)
    {
        lock (_gate)
        {
            var list = chatId is null ? _all : _perChat.GetValueOrDefault(chatId.Value) ?? [];
            var buckets = new List<int>();
            foreach (var ts in list)
            {
                var bucket = (int)((ts - startTimestamp) / Second);
                while (buckets.Count <= bucket)
                {
                    buckets.Add(0);
                }

                buckets[bucket]++;
            }

            return buckets;
        }
    }

    private static long Ticks(TimeSpan window) => (long)(window.TotalSeconds * Second);

    // Sliding half-open windows [t, t + window): two sends exactly one window apart never share one.
    private static int MaxInWindow(List<long> sorted, long window)
    {
        var max = 0;
        var start = 0;
        for (var end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    private static long WaitTicks(List<long> sorted, long now, long window, int limit)
    {
        if (limit <= 0 || sorted.Count < limit)
        {
            return 0;
        }

        // The limit-th most recent send decides: once it leaves the window there is room again.
        var pivot = sorted[^limit];
        return pivot + window - now;
    }
}
