using ChatBot.Core.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Core.Feedback;
using ChatBot.Core.Languages;
using ChatBot.Core.Privacy;
using ChatBot.Storage.Tests.Support;

namespace ChatBot.Storage.Tests.Contracts;

/// <summary>IAnswerVotes.</summary>
public abstract class AnswerVotesContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task A_vote_is_one_per_user_and_answer_and_the_reason_is_asked_once()
    {
        var votes = Stores.Get<IAnswerVotes>();
        var question = await Stores.Get<IQuestionLog>().RecordAsync(new QuestionRecord(1, Now, 5, 5, "private", "Death toll?", true, "toll", 0.9, []));

        var up = await votes.CastAsync(new VoteRequest(question, "toll", 5, 5, Up: true, UpdateId: 10, Now));
        var down = await votes.CastAsync(new VoteRequest(question, "toll", 5, 5, Up: false, UpdateId: 11, Now));
        var replay = await votes.CastAsync(new VoteRequest(question, "toll", 5, 5, Up: false, UpdateId: 11, Now));
        var other = await votes.CastAsync(new VoteRequest(question, "toll", 6, 5, Up: false, UpdateId: 12, Now));
        Assert.True(await votes.SetReasonAsync(question, "toll", 5, "outdated"));
        Assert.False(await votes.SetReasonAsync(question, "toll", 7, "wrong"));
        var again = await votes.CastAsync(new VoteRequest(question, "toll", 5, 5, Up: false, UpdateId: 13, Now));

        Assert.Equal(new VoteOutcome(1, 0, false), up);
        Assert.Equal(new VoteOutcome(0, 1, true), down);
        Assert.Equal(new VoteOutcome(0, 1, true), replay);
        Assert.Equal(new VoteOutcome(0, 2, true), other);
        Assert.False(again.AskReason);
        Assert.Equal(new FactVotes("toll", 0, 2), Assert.Single(await votes.GetPerFactAsync(10)));
        var voted = Assert.Single(await votes.GetDownVotedQuestionsAsync(10));
        Assert.Equal(("Death toll?", 2), (voted.Text, voted.Down));
        Assert.Equal(["outdated"], voted.Reasons);
    }
}

/// <summary>IPrivacyStore.</summary>
public abstract class PrivacyStoreContract(StoreSet stores) : StoreContract(stores)
{
    [Fact]
    public async Task Forgetting_a_user_deletes_their_questions_votes_and_private_subscription_only()
    {
        var log = Stores.Get<IQuestionLog>();
        var mine = await log.RecordAsync(new QuestionRecord(1, Now, 5, 5, "private", "mine?", true, "toll", 0.9, []));
        await log.RecordAsync(new QuestionRecord(2, Now, -100, 5, "group", "in a group?", false, null, 0.1, []));
        await log.RecordAsync(new QuestionRecord(3, Now, 6, 6, "private", "someone else?", false, null, 0.1, []));
        await Stores.Get<IAnswerVotes>().CastAsync(new VoteRequest(mine, "toll", 5, 5, true, 4, Now));
        await Stores.Get<IAnswerMessages>().RememberAsync(5, 1, 2, 5, Now);
        await Stores.Get<ISubscriptionStore>().SubscribeAsync(5, ["ceasefire", "delegation"]);
        await Stores.Get<ISubscriptionStore>().SubscribeAsync(-100, []);
        await Stores.Get<IAlertOutbox>().EnqueueBroadcastAsync("Hello.", "tg:1 Admin");
        await Stores.Get<IUserLanguages>().SetAsync(5, "uk", Now);
        await Stores.Get<IUserLanguages>().SetAsync(6, "ru", Now);

        var result = await Stores.Get<IPrivacyStore>().ForgetUserAsync(5);

        Assert.Equal(new ForgetResult(2, 1, 2), result);
        Assert.Equal(["someone else?"], (await log.GetUnansweredAsync(10)).Select(q => q.Record.Question));
        Assert.Null(await Stores.Get<IAnswerMessages>().FindAsync(5, 1));
        Assert.Null(await Stores.Get<ISubscriptionStore>().GetAsync(5));
        Assert.NotNull(await Stores.Get<ISubscriptionStore>().GetAsync(-100));
        var broadcast = Assert.Single(await Stores.Get<IAlertOutbox>().GetRecentAsync(10));
        Assert.Equal((1, 1), (broadcast.Queued, broadcast.Cancelled));
        Assert.Null(await Stores.Get<IUserLanguages>().GetAsync(5));
        Assert.Equal("ru", await Stores.Get<IUserLanguages>().GetAsync(6));
    }

    [Fact]
    public async Task Pruning_deletes_only_questions_and_answer_links_older_than_the_cutoff()
    {
        var log = Stores.Get<IQuestionLog>();
        await log.RecordAsync(new QuestionRecord(1, Now.AddDays(-40), 5, 5, "private", "old?", false, null, 0.1, []));
        await log.RecordAsync(new QuestionRecord(2, Now, 5, 5, "private", "new?", false, null, 0.1, []));
        await Stores.Get<IAnswerMessages>().RememberAsync(5, 1, 2, 5, Now.AddDays(-40));
        await Stores.Get<IAnswerMessages>().RememberAsync(5, 3, 4, 5, Now);

        Assert.Equal(1, await Stores.Get<IPrivacyStore>().PruneAsync(Now.AddDays(-30)));

        Assert.Equal(["new?"], (await log.GetUnansweredAsync(10)).Select(q => q.Record.Question));
        Assert.Null(await Stores.Get<IAnswerMessages>().FindAsync(5, 1));
        Assert.Equal(4, await Stores.Get<IAnswerMessages>().FindAsync(5, 3));
    }
}

public sealed class SqliteAnswerVotesTests() : AnswerVotesContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresAnswerVotesTests(PostgresCluster cluster) : AnswerVotesContract(new PostgresStoreSet(cluster));

public sealed class SqlitePrivacyStoreTests() : PrivacyStoreContract(new SqliteStoreSet());

[Collection(OnPostgres.Name)]
public sealed class PostgresPrivacyStoreTests(PostgresCluster cluster) : PrivacyStoreContract(new PostgresStoreSet(cluster));
