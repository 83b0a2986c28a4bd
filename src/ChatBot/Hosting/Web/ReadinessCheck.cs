using ChatBot.Core.Facts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Hosting.Web;

/// <summary>Ready when the store answers now (a cheap revision read), its schema is migrated and the match index built.</summary>
internal sealed class ReadinessCheck(Readiness readiness, IFactStore store) : IHealthCheck
{
    private static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.Migrated)
        {
            return HealthCheckResult.Unhealthy("the store is not migrated yet");
        }
        if (!readiness.IndexBuilt)
        {
            return HealthCheckResult.Unhealthy("the match index is being built");
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StoreTimeout);
            await store.GetRevisionAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason stays out of the answer: an exception message may name the connection string's host or user.
            return HealthCheckResult.Unhealthy("the store is not reachable");
        }
    }
}
