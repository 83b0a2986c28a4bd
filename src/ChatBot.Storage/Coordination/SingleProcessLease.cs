using ChatBot.Core.Coordination;

namespace ChatBot.Storage.Coordination;

/// <summary>The SQLite file belongs to one process, so that process always dispatches alerts and polls.</summary>
public sealed class SingleProcessLease : IDispatcherLease, IPollerLease
{
    public Task<bool> HoldAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task ReleaseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
