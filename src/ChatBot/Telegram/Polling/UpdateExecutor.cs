using System.Text.Json;
using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Hosting;
using ChatBot.Options;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>How a run of one update ended, for the scheduler that started it.</summary>
public enum UpdateOutcome
{
    Done,
    Failed,

    /// <summary>Stopped by shutdown before it finished: it stays pending for the next run.</summary>
    CutShort,
}

/// <summary>Where a scheduler records an update's end: the inbox itself, or the claim that also frees its chat.</summary>
public sealed record UpdateFinish(
    Func<long, CancellationToken, Task> CompleteAsync,
    Func<long, string, CancellationToken, Task> FailAsync);

/// <summary>
/// Runs one stored update, whichever scheduler chose it: counts the attempt (one that keeps starting and never
/// finishing is set aside), routes it in a fresh DI scope, and records the end only after its replies were sent. A
/// failure is logged with the token masked and never stops other updates.
/// </summary>
public sealed class UpdateExecutor(
    IServiceScopeFactory scopes,
    IUpdateInbox inbox,
    IOptions<BotOptions> options,
    ILogger<UpdateExecutor> logger,
    BotMetrics metrics,
    IHostApplicationLifetime? lifetime = null)
{
    public static WorkItem? ToWorkItem(InboxEntry entry, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            var update = JsonSerializer.Deserialize<Update>(entry.Payload, JsonBotAPI.Options);
            return update is null ? null : new WorkItem(entry.UpdateId, update, WorkItem.LaneOf(update));
        }
        catch (JsonException ex)
        {
            logger.LogError("Stored update {UpdateId} cannot be read: {Error}", entry.UpdateId, LogSafe.Redact(ex.Message));
            return null;
        }
    }

    /// <param name="attempts">The start already counted by whoever handed the update out, else null to count it here.</param>
    public async Task<UpdateOutcome> RunAsync(WorkItem item, UpdateFinish finish, Func<bool> stopping, CancellationToken cancellationToken, int? attempts = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(finish);
        ArgumentNullException.ThrowIfNull(stopping);
        try
        {
            attempts ??= await inbox.BeginAsync(item.UpdateId, cancellationToken).ConfigureAwait(false);
            if (attempts > options.Value.MaxUpdateAttempts)
            {
                // Handling started this often and never finished: the update probably crashes the process.
                logger.LogError("Update {UpdateId} set aside after {Attempts} unfinished attempts", item.UpdateId, attempts - 1);
                await finish.FailAsync(item.UpdateId, "too many unfinished attempts", cancellationToken).ConfigureAwait(false);
                return UpdateOutcome.Failed;
            }
            await using (var scope = scopes.CreateAsyncScope())
            {
                var router = scope.ServiceProvider.GetRequiredService<UpdateRouter>();
                await router.RouteAsync(item.Update, cancellationToken).ConfigureAwait(false);
            }
            await finish.CompleteAsync(item.UpdateId, CancellationToken.None).ConfigureAwait(false);
            metrics.UpdatesProcessed.Add(1, new KeyValuePair<string, object?>("outcome", "done"));
            return UpdateOutcome.Done;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || stopping() || lifetime?.ApplicationStopping.IsCancellationRequested == true)
        {
            logger.LogWarning("Update {UpdateId} was cut short; it stays pending", item.UpdateId);
            return UpdateOutcome.CutShort;
        }
        catch (Exception ex)
        {
            await FailAsync(item, finish, ex).ConfigureAwait(false);
            return UpdateOutcome.Failed;
        }
    }

    private async Task FailAsync(WorkItem item, UpdateFinish finish, Exception error)
    {
        metrics.UpdatesProcessed.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
        if (TelegramCallPolicy.IsChatUnavailable(error))
        {
            logger.LogWarning("Chat {ChatId} is unavailable (update {UpdateId}): {Error}", item.Lane, item.UpdateId, TelegramCallPolicy.Describe(error));
        }
        else
        {
            // The exception object itself is never logged: its message may carry the token; the redacted text does.
            logger.LogError("Update {UpdateId} in chat {ChatId} failed: {Error}", item.UpdateId, item.Lane, LogSafe.Describe(error, stackTrace: true));
        }
        try
        {
            await finish.FailAsync(item.UpdateId, TelegramCallPolicy.Describe(error), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError("Could not mark update {UpdateId} as failed: {Error}", item.UpdateId, LogSafe.Describe(ex, stackTrace: true));
        }
    }
}
