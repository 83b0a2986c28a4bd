using System.Collections.Concurrent;
using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>An in-memory <see cref="IAlertSender"/>: records each call with the fake clock's time, answers from a script.</summary>
public sealed class RecordingSender(TimeProvider time) : IAlertSender
{
    private readonly ConcurrentQueue<SentRecord> _calls = new();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<SendResult>> _scripted = new();
    private readonly ConcurrentDictionary<long, SendResult> _always = new();
    private int _messageId;

    public IReadOnlyList<SentRecord> Calls => [.. _calls];

    public IReadOnlyList<SentRecord> Delivered => [.. _calls.Where(c => c.Result.Outcome == SendOutcome.Sent)];

    /// <summary>The next sends to <paramref name="chatId"/> get these results, in order; later ones succeed.</summary>
    public void Script(long chatId, params SendResult[] results)
    {
        var queue = _scripted.GetOrAdd(chatId, _ => new ConcurrentQueue<SendResult>());
        foreach (var r in results)
        {
            queue.Enqueue(r);
        }
    }

    public void Always(long chatId, SendResult result) => _always[chatId] = result;

    public Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken)
    {
        var result = _always.TryGetValue(chatId, out var fixedResult) ? fixedResult
            : _scripted.TryGetValue(chatId, out var queue) && queue.TryDequeue(out var next) ? next
            : SendResult.Sent(Interlocked.Increment(ref _messageId));
        _calls.Enqueue(new SentRecord(chatId, time.GetUtcNow(), html, factIdForButton, result));
        return Task.FromResult(result);
    }
}
