using ChatBot.Core.Privacy;
using ChatBot.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Privacy;

/// <summary>Deletes questions older than Privacy:QuestionLogDays: once at start, then every day.</summary>
public sealed class QuestionLogPruner(IPrivacyStore store, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<QuestionLogPruner> logger)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            await PruneOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public async Task<int> PruneOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.QuestionLogDays);
        try
        {
            var deleted = await store.PruneAsync(cutoff, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Pruned {Count} questions asked before {Cutoff:u}", deleted, cutoff);
            return deleted;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException)
        {
            // A busy or full disk today is tried again tomorrow; the bot keeps answering meanwhile.
            logger.LogWarning("Pruning the question log failed: {Error}", ex.Message);
            return 0;
        }
    }
}
