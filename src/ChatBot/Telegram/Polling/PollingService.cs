using System.Text.Json;
using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// The one long-polling loop. Each batch is written to the inbox before the next getUpdates confirms it (the offset),
/// so an update Telegram forgets is always on disk; after a crash the pending rows are handled first.
/// </summary>
public sealed class PollingService(
    IServiceScopeFactory scopes,
    IUpdateInbox inbox,
    UpdateDispatcher dispatcher,
    StartupRegistration startup,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> logger) : BackgroundService
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WithBackoffAsync("start-up", bot => startup.RunAsync(bot, stoppingToken), stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        foreach (var entry in await inbox.GetPendingAsync(int.MaxValue, stoppingToken).ConfigureAwait(false))
        {
            Dispatch(entry);
        }
        var offset = await inbox.GetNextOffsetAsync(stoppingToken).ConfigureAwait(false);
        var pruned = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (time.GetUtcNow() - pruned > TimeSpan.FromDays(1))
            {
                pruned = time.GetUtcNow();
                await PruneAsync().ConfigureAwait(false);
            }
            Update[] updates = [];
            if (!await WithBackoffAsync("getUpdates", async bot => updates = await bot.GetUpdates(
                    (int)offset, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, stoppingToken).ConfigureAwait(false), stoppingToken).ConfigureAwait(false))
            {
                return;
            }
            if (updates.Length == 0)
            {
                continue;
            }
            if (await StoreAsync(updates, stoppingToken).ConfigureAwait(false))
            {
                // Only now may the next getUpdates confirm them: they are durable.
                offset = updates.Max(u => (long)u.Id) + 1;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await dispatcher.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>False when stopping cut the wait short.</summary>
    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task PruneAsync()
    {
        try
        {
            var removed = await inbox.PruneAsync(time.GetUtcNow() - KeepFinished, CancellationToken.None).ConfigureAwait(false);
            logger.LogDebug("Pruned {Count} handled updates from the inbox", removed);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Pruning the update inbox failed; it is retried tomorrow: {Error}", LogSafe.Describe(ex, stackTrace: true));
        }
    }

    /// <summary>Writes the batch to the inbox and hands the new ones to the dispatcher; false leaves them unconfirmed.</summary>
    private async Task<bool> StoreAsync(Update[] updates, CancellationToken stoppingToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var stored = updates.Select(u => new InboxUpdate(u.Id, u.Type.ToString(), JsonSerializer.Serialize(u, JsonBotAPI.Options), now)).ToList();
            var received = new Dictionary<long, Update>(updates.Length);
            foreach (var u in updates)
            {
                received[u.Id] = u;
            }
            foreach (var entry in await inbox.AddAsync(stored, CancellationToken.None).ConfigureAwait(false))
            {
                // The update in hand is what was just stored: no need to read the payload back.
                var update = received[entry.UpdateId];
                dispatcher.Enqueue(new WorkItem(entry.UpdateId, update, WorkItem.LaneOf(update)));
            }
            return true;
        }
        catch (Exception ex)
        {
            logger.LogError("Could not store {Count} updates; Telegram will deliver them again: {Error}", updates.Length, LogSafe.Describe(ex, stackTrace: true));
            await DelayAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            return false;
        }
    }

    private void Dispatch(InboxEntry entry)
    {
        if (UpdateDispatcher.ToWorkItem(entry, logger) is { } item)
        {
            dispatcher.Enqueue(item);
        }
    }

    /// <summary>Runs a Bot API call until it succeeds; false when stopping or when Telegram rejects the token.</summary>
    private async Task<bool> WithBackoffAsync(string what, Func<ITelegramBotClient, Task> call, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await call(scope.ServiceProvider.GetRequiredService<ITelegramBotClient>()).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                logger.LogCritical("Telegram rejected the bot token from Telegram:BotToken ({Error}); stopping", Replies.TelegramCallPolicy.Describe(ex));
                Environment.ExitCode = 1;
                lifetime.StopApplication();
                return false;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409 && what == "getUpdates")
            {
                logger.LogError("Another process is polling with this bot token, or a webhook is set ({Error}); retrying", Replies.TelegramCallPolicy.Describe(ex));
                if (!await DelayAsync(delay, stoppingToken).ConfigureAwait(false))
                {
                    return false;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
            catch (Exception ex)
            {
                var wait = ex is ApiRequestException { Parameters.RetryAfter: { } s } ? TimeSpan.FromSeconds(s) : delay;
                logger.LogWarning("Telegram {What} failed ({Error}); retrying in {Delay} s", what,
                    Replies.TelegramCallPolicy.Describe(ex), (int)Math.Ceiling(wait.TotalSeconds));
                if (!await DelayAsync(wait, stoppingToken).ConfigureAwait(false))
                {
                    return false;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }
}
