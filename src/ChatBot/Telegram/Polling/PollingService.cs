using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Core.Coordination;
using ChatBot.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// The getUpdates loop (polling mode only). Each batch is written to the inbox before the next getUpdates confirms it
/// (the offset), so an update Telegram forgets is always on disk. With replicas on one store only the holder of the
/// poller lease polls; the others handle what it stores, and one of them takes over when it dies.
/// </summary>
public sealed class PollingService(
    UpdateIngest ingest,
    IUpdateInbox inbox,
    IPollerLease lease,
    BotApiRetry retry,
    StartupSignal startup,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> logger) : BackgroundService
{
    /// <summary>How often a standby replica asks for the poller lease.</summary>
    public static readonly TimeSpan StandbyRetry = TimeSpan.FromSeconds(1);

    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IsWebhook)
        {
            return; // Telegram POSTs the updates to WebhookEndpoint instead.
        }
        try
        {
            await startup.Completed.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        long? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await HoldsLeaseAsync(stoppingToken).ConfigureAwait(false))
            {
                // Another replica polls; whatever it stores is handled here too. A later turn starts from the store.
                offset = null;
                if (!await retry.DelayAsync(StandbyRetry, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }
                continue;
            }
            offset ??= await inbox.GetNextOffsetAsync(stoppingToken).ConfigureAwait(false);
            Update[] updates = [];
            if (!await retry.RunAsync("getUpdates", async bot => updates = await bot.GetUpdates(
                    (int)offset.Value, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, stoppingToken).ConfigureAwait(false), stoppingToken).ConfigureAwait(false))
            {
                return;
            }
            if (updates.Length == 0)
            {
                continue;
            }
            try
            {
                await ingest.StoreAsync([.. updates.Select(ReceivedUpdate.Of)], "polling", CancellationToken.None).ConfigureAwait(false);
                // Only now may the next getUpdates confirm them: they are durable.
                offset = updates.Max(u => (long)u.Id) + 1;
            }
            catch (Exception ex)
            {
                logger.LogError("Could not store {Count} updates; Telegram will deliver them again: {Error}", updates.Length, LogSafe.Describe(ex, stackTrace: true));
                await retry.DelayAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await lease.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Also when the shutdown deadline cut the handover short: the lock is the session's, and goes with it, so
            // stopping must not fail over it.
            logger.LogWarning("Could not hand the poller lease over; another replica takes it when this session ends: {Error}", LogSafe.Describe(ex));
        }
    }

    private async Task<bool> HoldsLeaseAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await lease.HoldAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not ask for the poller lease: {Error}", LogSafe.Describe(ex));
            return false;
        }
    }
}
