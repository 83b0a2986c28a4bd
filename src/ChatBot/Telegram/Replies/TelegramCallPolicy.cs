using ChatBot.Alerts;
using ChatBot.Telegram.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace ChatBot.Telegram.Replies;

/// <summary>
/// Retries one Bot API call through the faults Telegram produces: 429 after its retry_after, 5xx and dropped
/// connections with a short backoff. Anything else (400, 403) is final. Waiting happens only in the calling chat's lane
/// and without its worker slot (<see cref="UpdateSlot"/>), so one slow or failing chat never holds up the others.
/// </summary>
/// <remarks>
/// A wait is cut short when the application stops: the update stays pending in the inbox and is retried after the
/// restart, rather than holding shutdown for a retry_after.
/// </remarks>
public sealed class TelegramCallPolicy(TimeProvider time, ILogger<TelegramCallPolicy> logger, IHostApplicationLifetime? lifetime = null)
{
    public const int MaxAttempts = 4;

    /// <summary>A longer retry_after is not worth holding a reply for; the update fails and is logged instead.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)];

    public async Task<T> RunAsync<T>(string method, long? chatId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? wait;
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested && (wait = RetryDelay(ex, attempt)) is not null)
            {
                logger.LogWarning("Telegram {Method} for chat {ChatId} failed ({Error}); retry {Attempt} in {Delay} ms",
                    method, chatId, Describe(ex), attempt, (long)wait.Value.TotalMilliseconds);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime?.ApplicationStopping ?? CancellationToken.None);
                var delay = wait.Value;
                if (UpdateSlot.Current is { } slot)
                {
                    // The chat's lane stays blocked (its order holds) but the worker slot goes to other chats meanwhile.
                    await slot.WaitWithoutSlotAsync(() => Task.Delay(delay, time, either.Token), either.Token).ConfigureAwait(false);
                }
                else
                {
                    await Task.Delay(delay, time, either.Token).ConfigureAwait(false);
                }
            }
        }
    }

    public Task RunAsync(string method, long? chatId, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(method, chatId, async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>How long to wait before retrying, or null when the failure is final.</summary>
    public static TimeSpan? RetryDelay(Exception error, int attempt) => error switch
    {
        ApiRequestException { ErrorCode: 429 } api => api.Parameters?.RetryAfter is { } s && TimeSpan.FromSeconds(s) <= MaxRetryAfter
            ? TimeSpan.FromSeconds(Math.Max(s, 0)) : api.Parameters?.RetryAfter is null ? Backoff[^1] : null,
        ApiRequestException { ErrorCode: >= 500 } => Backoff[Math.Min(attempt - 1, Backoff.Length - 1)],
        ApiRequestException => null,
        // A dropped connection or a timeout; the request may or may not have reached Telegram.
        RequestException or HttpRequestException or OperationCanceledException => Backoff[Math.Min(attempt - 1, Backoff.Length - 1)],
        _ => null,
    };

    public static bool IsChatUnavailable(Exception error) => error is ApiRequestException { ErrorCode: 403 };

    /// <summary>A failed call for logs and the inbox, through the one redactor: Telegram may echo the token back.</summary>
    public static string Describe(Exception error) => error switch
    {
        ApiRequestException api => LogSafe.Redact($"{api.ErrorCode} {api.Message}"),
        _ => LogSafe.Describe(error),
    };
}
