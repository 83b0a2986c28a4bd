using ChatBot.Core.Conversations;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IUpdateInbox.</summary>
public abstract class UpdateInboxContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task Stores_each_update_once_and_resumes_pending_ones_with_the_offset_past_the_newest()
    {
        var inbox = Stores.Get<IUpdateInbox>();

        Assert.Equal(0, await inbox.GetNextOffsetAsync());
        var added = await inbox.AddAsync([new InboxUpdate(6, "Message", "{\"b\":1}", Now), new InboxUpdate(5, "Message", "{}", Now)]);
        var again = await inbox.AddAsync([new InboxUpdate(6, "Message", "{}", Now), new InboxUpdate(7, "Message", "{}", Now)]);
        Assert.Equal(1, await inbox.BeginAsync(5));
        Assert.Equal(2, await inbox.BeginAsync(5));
        await inbox.CompleteAsync(5);
        await inbox.FailAsync(6, "boom");

        Assert.Equal([5L, 6L], added.Select(a => a.UpdateId));
        Assert.Equal([7L], again.Select(a => a.UpdateId));
        Assert.Equal([7L], (await inbox.GetPendingAsync(10)).Select(p => p.UpdateId));
        Assert.Equal(8, await inbox.GetNextOffsetAsync());
        Assert.Equal(2, await inbox.PruneAsync(Now.AddDays(1)));
        Assert.Equal(8, await inbox.GetNextOffsetAsync());
    }

    [Fact]
    public async Task A_pending_update_keeps_its_payload_and_attempts()
    {
        var inbox = Stores.Get<IUpdateInbox>();
        await inbox.AddAsync([new InboxUpdate(1, "CallbackQuery", "{\"id\":\"x\"}", Now), new InboxUpdate(2, "Message", "{}", Now)]);
        await inbox.BeginAsync(1);

        var pending = await inbox.GetPendingAsync(1);

        var entry = Assert.Single(pending);
        Assert.Equal((1L, "CallbackQuery", "{\"id\":\"x\"}", 1), (entry.UpdateId, entry.Kind, entry.Payload, entry.Attempts));
        Assert.Equal(Now.ToUnixTimeMilliseconds(), entry.ReceivedAt.ToUnixTimeMilliseconds());
    }
}

/// <summary>IQuestionLog and IAnswerMessages.</summary>
public abstract class QuestionLogContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task A_question_is_logged_once_per_update_and_only_its_asker_records_a_choice()
    {
        var log = Stores.Get<IQuestionLog>();
        var record = new QuestionRecord(9, Now, 1, 1, "private", "kellogg?", false, null, 0.25, ["kellogg-reason"]);

        var id = await log.RecordAsync(record);
        Assert.Equal(id, await log.RecordAsync(record));
        Assert.NotEqual(id, await log.RecordAsync(record with { UpdateId = null }));
        Assert.False(await log.RecordChoiceAsync(id, 2, "kellogg-reason", Now));
        Assert.True(await log.RecordChoiceAsync(id, 1, "kellogg-reason", Now));

        var stored = (await log.GetUnansweredAsync(10)).Single(q => q.Id == id);
        Assert.Equal(["kellogg-reason"], stored.Record.Alternatives);
        Assert.Equal(0.25, stored.Record.Confidence);
        Assert.Equal("kellogg-reason", Assert.Single(await log.GetChosenAlternativesAsync(10)).ChosenFactId);
        Assert.Equal("kellogg?", (await log.GetAsync(id))!.Record.Question);
        Assert.Null(await log.GetAsync(id + 100));
    }

    [Fact]
    public async Task An_answer_message_is_remembered_per_chat_and_replaced_by_a_later_answer()
    {
        var messages = Stores.Get<IAnswerMessages>();

        await messages.RememberAsync(10, 100, 101, 7, Now);
        await messages.RememberAsync(10, 100, 105, 7, Now);
        await messages.RememberAsync(11, 100, 200, null, Now);

        Assert.Equal(105, await messages.FindAsync(10, 100));
        Assert.Equal(200, await messages.FindAsync(11, 100));
        Assert.Null(await messages.FindAsync(10, 999));
    }
}

public sealed class SqliteUpdateInboxTests() : UpdateInboxContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresUpdateInboxTests(PostgresCluster cluster) : UpdateInboxContract(new PostgresStoreSet(cluster));

public sealed class SqliteQuestionLogTests() : QuestionLogContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresQuestionLogTests(PostgresCluster cluster) : QuestionLogContract(new PostgresStoreSet(cluster));
