using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Start-up for both transports: tells Telegram who the bot is and how updates reach it, replays the inbox rows a crash
/// left pending, then prunes handled rows daily. On stop it lets the updates in hand finish.
/// </summary>
public sealed class InboxReplayService(
    StartupRegistration startup,
    BotApiRetry retry,
    UpdateIngest ingest,
    IUpdateScheduler scheduler,
    StartupSignal signal,
    IUpdateInbox inbox,
    TimeProvider time,
    ILogger<InboxReplayService> logger) : BackgroundService
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await retry.RunAsync("start-up", bot => startup.RunAsync(bot, stoppingToken), stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        if (!await retry.RunAsync("inbox replay", _ => ingest.OpenAsync(stoppingToken), stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        signal.Complete();
        while (!stoppingToken.IsCancellationRequested)
        {
            await PruneAsync().ConfigureAwait(false);
            if (!await retry.DelayAsync(TimeSpan.FromDays(1), stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.StopAsync(cancellationToken).ConfigureAwait(false);
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
}
