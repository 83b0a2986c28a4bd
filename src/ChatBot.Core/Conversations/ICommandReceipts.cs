namespace ChatBot.Core.Conversations;

/// <summary>
/// Exactly-once commands. A command's state change and the reply it produced are recorded under the update id in the
/// change's own transaction; an update replayed after a crash finds that receipt and resends the reply instead of
/// running the command again.
/// </summary>
public interface ICommandReceipts
{
    /// <summary>The replies recorded for the update, or null when no command of that update changed anything.</summary>
    Task<IReadOnlyList<string>?> FindAsync(long updateId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the receipt of one command run on the current async flow: until it is disposed, every state change the
    /// stores make is held open and commits with the first reply given to <see cref="ICommandReceipt.Record"/>.
    /// </summary>
    ICommandReceipt Begin(long updateId, long chatId, string command);
}

/// <summary>One command run's receipt; disposing it without <see cref="Complete"/> rolls back a change still held.</summary>
public interface ICommandReceipt : IDisposable
{
    /// <summary>Records a reply before it is sent; a held change commits now, together with it.</summary>
    void Record(string html);

    /// <summary>The command finished: a change it made without replying commits now.</summary>
    void Complete();
}
