using ChatBot.Alerts;
using ChatBot.Core.Conversations;
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
/// (the offset), so an update Telegram forgets is always on disk.
/// </summary>
public sealed class PollingService(
    UpdateIngest ingest,
    IUpdateInbox inbox,
    BotApiRetry retry,
    StartupSignal startup,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> logger) : BackgroundService
{
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
        var offset = await inbox.GetNextOffsetAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates = [];
            if (!await retry.RunAsync("getUpdates", async bot => updates = await bot.GetUpdates(
                    (int)offset, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, stoppingToken).ConfigureAwait(false), stoppingToken).ConfigureAwait(false))
            {
                return;
            }
            if (updates.Length == 0)
            {
                continue;
            }
            try
            {
                await ingest.StoreAsync(updates, "polling", CancellationToken.None).ConfigureAwait(false);
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
}
