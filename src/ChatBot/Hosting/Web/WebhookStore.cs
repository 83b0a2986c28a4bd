using ChatBot.Telegram.Polling;

namespace ChatBot.Hosting.Web;

/// <summary>
/// Webhook requests' updates stored in groups (<see cref="GroupCommit{T}"/>): on PostgreSQL one multi-row insert and one
/// commit for all requests that arrived together instead of one each. Each request is answered only after its update is
/// durably stored; a group that could not be stored fails every request in it, and Telegram delivers them again.
/// </summary>
public sealed class WebhookStore
{
    private readonly GroupCommit<ReceivedUpdate> _group;

    public WebhookStore(UpdateIngest ingest)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        // Not the request's token: the group is shared, and one caller leaving must not cancel the others' store.
        _group = new(updates => ingest.StoreAsync(updates, "webhook", CancellationToken.None));
    }

    public Task StoreAsync(ReceivedUpdate update, CancellationToken cancellationToken) => _group.AddAsync(update, cancellationToken);
}
