using System.Collections.Concurrent;
using System.Diagnostics;
using ChatBot.Core.Alerts;

namespace ChatBot.Storage.Tests.Replicas;

/// <summary>
/// One bot as Telegram sees it: every replica's sender records into it, with the moment the request left. A replica
/// "killed" here sends nothing more: its requests hang and never arrive.
/// </summary>
public sealed class SharedTelegram
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<(long ChatId, TimeSpan At, string Replica)> _sent = new();
    private readonly TaskCompletionSource<SendResult> _neverArrives = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(long ChatId, TimeSpan At, string Replica)> Sent => [.. _sent];

    public IAlertSender SenderFor(string replica) => new ReplicaSender(this, replica);

    public ConcurrentDictionary<string, bool> Dead { get; } = new();

    /// <summary>The most sends that fell within any one second (sliding window).</summary>
    public int BusiestSecond()
    {
        var times = _sent.Select(s => s.At).Order().ToList();
        var most = 0;
        for (int first = 0, last = 0; first < times.Count; first++)
        {
            while (last < times.Count && times[last] - times[first] < TimeSpan.FromSeconds(1))
            {
                last++;
            }
            most = Math.Max(most, last - first);
        }
        return most;
    }

    /// <summary>Lets the hung requests of killed replicas end (unanswered) so the test can stop them.</summary>
    public void Shutdown() => _neverArrives.TrySetResult(SendResult.Transient("the replica was killed"));

    private sealed class ReplicaSender(SharedTelegram telegram, string replica) : IAlertSender
    {
        public Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken)
        {
            if (telegram.Dead.ContainsKey(replica))
            {
                return telegram._neverArrives.Task;
            }
            telegram._sent.Enqueue((chatId, telegram._clock.Elapsed, replica));
            return Task.FromResult(SendResult.Sent(telegram._sent.Count));
        }
    }
}
