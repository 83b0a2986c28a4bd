using ChatBot.Alerts;
using ChatBot.Core.Answering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>Builds the match index as the bot starts, so the first asker does not wait for it (seconds on a large store).</summary>
internal sealed class IndexWarmup(MatchIndexProvider indexes, Readiness readiness, ILogger<IndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Set before the first await, i.e. while the host starts, before any update can ask for the index.
        indexes.BuildPassagesAtOnce = true;
        try
        {
            await indexes.GetAsync(stoppingToken).ConfigureAwait(false);
            readiness.MarkIndexBuilt();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The first question builds it instead; until then /readyz says not ready.
            logger.LogError("Building the match index failed: {Error}", LogSafe.Describe(ex, stackTrace: true));
        }
    }
}
