using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Postgres.Receipts;

/// <summary>Command receipts in PostgreSQL (<c>command_receipts</c>, unique on the update); see <see cref="ReceiptScope"/>.</summary>
public sealed class PostgresCommandReceipts(PostgresDatabase database, TimeProvider time) : ICommandReceipts
{
    public async Task<IReadOnlyList<string>?> FindAsync(long updateId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var replies = await Pg.ScalarAsync(c, null, "SELECT replies FROM command_receipts WHERE update_id = @u", ("u", updateId)).ConfigureAwait(false);
        return replies is string json ? Pg.ReadList(json) : null;
    }

    public ICommandReceipt Begin(long updateId, long chatId, string command) =>
        ReceiptScope.Open(database, updateId, chatId, command, time.GetUtcNow());
}
