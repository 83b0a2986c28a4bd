using System.Collections.Concurrent;
using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>
/// Wraps the real sender and stamps when the dispatcher started each send and when its answer came back, on the
/// dispatcher's own clock. Pacing is a property of these starts; when a request reaches the fake Bot API also
/// depends on how the machine schedules the HTTP stack.
/// </summary>
public sealed class TimedSender(IAlertSender inner, TimeProvider time) : IAlertSender
{
    private readonly ConcurrentQueue<TimedSend> _sends = new();

    public IReadOnlyList<TimedSend> Sends => [.. _sends.OrderBy(s => s.Start)];

    public async Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken)
    {
        var start = time.GetUtcNow();
        var result = await inner.SendAsync(chatId, html, factIdForButton, cancellationToken);
        _sends.Enqueue(new TimedSend(chatId, start, time.GetUtcNow(), result));
        return result;
    }
}
