using ChatBot.Core.Conversations;
using ChatBot.Core.Curation.Insights;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>The language a question was read in: kept by IQuestionLog, reported per question by IQuestionInsights.</summary>
public abstract class QuestionLanguageContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task The_log_keeps_the_language_a_question_was_read_in_and_null_when_none_was_given()
    {
        var log = Stores.Get<IQuestionLog>();

        var ukrainian = await log.RecordAsync(new QuestionRecord(1, Now, 1, 1, "private", "хто очолює делегацію?", false, null, 0.1, [], "uk"));
        var unknown = await log.RecordAsync(new QuestionRecord(2, Now, 1, 1, "private", "who leads?", false, null, 0.1, []));

        Assert.Equal("uk", (await log.GetAsync(ukrainian))!.Record.Language);
        Assert.Null((await log.GetAsync(unknown))!.Record.Language);
        Assert.Equal(["en-less", "uk"], (await log.GetUnansweredAsync(10)).Select(q => q.Record.Language ?? "en-less").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_weak_question_reports_the_language_its_askers_were_read_in_most_often()
    {
        var log = Stores.Get<IQuestionLog>();
        await log.RecordAsync(new QuestionRecord(1, Now, 1, 1, "private", "Кто такой Дрисколл?", false, null, 0.1, [], "ru"));
        await log.RecordAsync(new QuestionRecord(2, Now, 2, 2, "private", "кто такой дрисколл", false, null, 0.1, [], "ru"));
        await log.RecordAsync(new QuestionRecord(3, Now, 3, 3, "private", "Кто такой Дрисколл", false, null, 0.1, [], "uk"));
        await log.RecordAsync(new QuestionRecord(4, Now, 4, 4, "private", "Who leads the talks?", false, null, 0.1, []));

        var weak = await Stores.Get<IQuestionInsights>().GetWeakQuestionsAsync(0.6, 100);

        Assert.Equal("ru", Assert.Single(weak, q => q.Count == 3).Language);
        Assert.Null(Assert.Single(weak, q => q.Count == 1).Language);
    }
}

public sealed class SqliteQuestionLanguageTests() : QuestionLanguageContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresQuestionLanguageTests(PostgresCluster cluster) : QuestionLanguageContract(new PostgresStoreSet(cluster));
