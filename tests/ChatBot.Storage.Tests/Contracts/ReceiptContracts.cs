using ChatBot.Core.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Core.Curation;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>ICommandReceipts: a command's change and its reply commit together, keyed by the update.</summary>
public abstract class CommandReceiptsContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task A_change_commits_with_its_first_reply_and_a_replay_finds_every_reply()
    {
        var receipts = Stores.Get<ICommandReceipts>();
        var repository = Stores.Get<ICurationRepository>();

        using (var receipt = receipts.Begin(77, 1, "/addsource"))
        {
            await repository.AddSourceAsync(TestData.Source(), TestData.Admin);
            await repository.AddSynonymGroupAsync(["truce", "ceasefire"], TestData.Admin);
            receipt.Record("<b>Added</b>");
            receipt.Record("part two");
            receipt.Complete();
        }

        Assert.Equal(["<b>Added</b>", "part two"], await receipts.FindAsync(77));
        Assert.Null(await receipts.FindAsync(78));
        Assert.True(await repository.SourceIdExistsAsync("src"));
        Assert.Single(await Stores.Get<ChatBot.Core.Facts.IFactStore>().GetSynonymGroupsAsync());
    }

    [Fact]
    public async Task A_command_that_fails_before_replying_leaves_no_change_and_no_receipt()
    {
        var receipts = Stores.Get<ICommandReceipts>();
        var repository = Stores.Get<ICurationRepository>();

        using (receipts.Begin(80, 1, "/addsource"))
        {
            await repository.AddSourceAsync(TestData.Source(), TestData.Admin);
        }

        Assert.Null(await receipts.FindAsync(80));
        Assert.False(await repository.SourceIdExistsAsync("src"));
    }

    [Fact]
    public async Task A_broadcast_under_a_receipt_is_keyed_by_its_update_and_a_change_without_reply_commits_on_complete()
    {
        await Stores.Get<ISubscriptionStore>().SubscribeAsync(5, []);
        var receipts = Stores.Get<ICommandReceipts>();

        using (var receipt = receipts.Begin(90, 1, "/broadcast"))
        {
            await Stores.Get<IAlertOutbox>().EnqueueBroadcastAsync("Talks resume.", "tg:1 Admin");
            receipt.Complete();
        }

        Assert.Equal(1, Assert.Single(await Stores.Get<IAlertOutbox>().GetRecentAsync(5)).Queued);
        Assert.Empty((await receipts.FindAsync(90))!);
    }
}

public sealed class SqliteCommandReceiptsTests() : CommandReceiptsContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresCommandReceiptsTests(PostgresCluster cluster) : CommandReceiptsContract(new PostgresStoreSet(cluster));
