namespace ChatBot.Storage.Conversations;

/// <summary>One caller's write waiting in <see cref="ConversationWriter"/>'s queue.</summary>
internal interface IPendingWrite
{
    /// <summary>Runs the write inside the shared transaction (not yet committed).</summary>
    void Run(WriteScope scope);

    /// <summary>The transaction that held the write was committed: the caller may go on.</summary>
    void Committed();

    void Failed(Exception error);

    /// <summary>This caller commits the next group (its own write among it).</summary>
    void HandTurn();
}
