using ChatBot.Alerts.Tests.Support;
using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Storage.Alerts;
using NSubstitute;

namespace ChatBot.Alerts.Tests;

public sealed class SubscriptionUseCaseTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteSubscriptionStore _store;
    private readonly SubscribeUseCase _subscribe;
    private readonly UnsubscribeUseCase _unsubscribe;
    private readonly ListSubscriptionsUseCase _list;

    public SubscriptionUseCaseTests()
    {
        var facts = Substitute.For<IFactStore>();
        facts.GetActiveFactsAsync(Arg.Any<CancellationToken>()).Returns(
            [TempDatabase.NewFact("a", "A", "casualties"), TempDatabase.NewFact("b", "B", "Peace-Plan", "delegation")]);
        var topics = new KnownTopics(facts);
        _store = new SqliteSubscriptionStore(_db.Database, TimeProvider.System);
        _subscribe = new SubscribeUseCase(_store, topics);
        _unsubscribe = new UnsubscribeUseCase(_store);
        _list = new ListSubscriptionsUseCase(_store, topics);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Topics_can_be_followed_and_dropped_one_by_one()
    {
        Assert.StartsWith("You have no subscriptions.", await _list.ExecuteAsync(1), StringComparison.Ordinal);
        Assert.Contains("Topics: casualties, delegation, peace-plan.", await _list.ExecuteAsync(1), StringComparison.Ordinal);

        Assert.Equal("Subscribed to: casualties, peace-plan. You follow: casualties, peace-plan.",
            await _subscribe.ExecuteAsync(1, "#Casualties peace-plan"));
        Assert.Equal("You already follow: casualties, peace-plan.", await _subscribe.ExecuteAsync(1, "casualties"));
        Assert.Equal("You follow: casualties, peace-plan.", await _list.ExecuteAsync(1));
        Assert.Equal("Unsubscribed from: casualties. You did not follow: delegation. You still follow: peace-plan.",
            await _unsubscribe.ExecuteAsync(1, "casualties delegation"));
        Assert.Equal("Unsubscribed: no more alerts. /subscribe starts them again.", await _unsubscribe.ExecuteAsync(1, "peace-plan"));
        Assert.Equal("You have no subscriptions.", await _unsubscribe.ExecuteAsync(1, null));
    }

    [Fact]
    public async Task Subscribing_to_everything_covers_the_topics_and_one_unsubscribe_stops_it_all()
    {
        await _subscribe.ExecuteAsync(2, "delegation");
        Assert.StartsWith("Subscribed to all updates", await _subscribe.ExecuteAsync(2, ""), StringComparison.Ordinal);
        Assert.Equal("You are already subscribed to all updates.", await _subscribe.ExecuteAsync(2, null));
        Assert.Equal("You get all updates.", await _list.ExecuteAsync(2));
        Assert.StartsWith("You already get all updates", await _subscribe.ExecuteAsync(2, "casualties"), StringComparison.Ordinal);
        Assert.StartsWith("You get all updates. Send /unsubscribe", await _unsubscribe.ExecuteAsync(2, "casualties"), StringComparison.Ordinal);
        Assert.StartsWith("Unsubscribed: no more alerts.", await _unsubscribe.ExecuteAsync(2, null), StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountActiveAsync());
    }

    [Fact]
    public async Task Unknown_topics_are_refused_with_the_list_of_known_ones()
    {
        Assert.Equal("Unknown topic: weather. Topics: casualties, delegation, peace-plan.", await _subscribe.ExecuteAsync(3, "weather"));
        Assert.Null(await _store.GetAsync(3));
    }

    [Fact]
    public async Task A_deactivated_subscriber_sees_why_and_resumes_with_subscribe()
    {
        await _subscribe.ExecuteAsync(4, "casualties");
        await _store.DeactivateAsync(4, "403 Forbidden: bot was blocked by the user");

        Assert.Contains("Alerts are paused", await _list.ExecuteAsync(4), StringComparison.Ordinal);
        Assert.Equal("Welcome back: alerts are on again. You already follow: casualties.", await _subscribe.ExecuteAsync(4, "casualties"));
        Assert.Equal("You follow: casualties.", await _list.ExecuteAsync(4));
    }
}
