namespace ChatBot.Telegram.Polling;

/// <summary>
/// Decides when stored updates run. One process on its own file orders them in memory (<see cref="UpdateDispatcher"/>);
/// replicas sharing a database take them through per-chat claims in the store (<see cref="ClaimedUpdateRunner"/>).
/// </summary>
public interface IUpdateScheduler
{
    /// <summary>Starts running: the inbox rows left pending (a crash, updates stored before start-up finished) first.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>An update is about to be stored by this process (it may be claimed before <see cref="Notify"/> is called).</summary>
    void Storing(WorkItem item)
    {
    }

    /// <summary>An update was just stored by this process.</summary>
    void Notify(WorkItem item);

    /// <summary>Lets the updates in hand finish (cut short when <paramref name="cancellationToken"/> fires); starts no new ones.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
