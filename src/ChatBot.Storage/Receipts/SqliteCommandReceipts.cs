using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Receipts;

/// <summary>Command receipts in SQLite (<c>command_receipts</c>); see <see cref="ReceiptScope"/> for how a change joins one.</summary>
public sealed class SqliteCommandReceipts(SqliteDatabase database, TimeProvider time) : ICommandReceipts
{
    public Task<IReadOnlyList<string>?> FindAsync(long updateId, CancellationToken cancellationToken = default)
    {
        using var c = database.OpenForReading();
        var replies = Sql.Scalar(c, null, "SELECT replies FROM command_receipts WHERE update_id = $u", ("$u", updateId)) as string;
        return Task.FromResult(replies is null ? null : FactRows.ReadList(replies));
    }

    public ICommandReceipt Begin(long updateId, long chatId, string command) =>
        ReceiptScope.Open(database, updateId, chatId, command, time.GetUtcNow());
}
