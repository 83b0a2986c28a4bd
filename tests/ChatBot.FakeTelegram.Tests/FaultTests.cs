using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.FakeTelegram.Tests;

public sealed class FaultTests : FakeApiTestBase
{
    [Fact]
    public async Task Injected_429_surfaces_with_retry_after_when_above_the_client_threshold()
    {
        var chat = Fake.CreatePrivateChat();
        var impatient = NewClient(retryThreshold: 0);
        Fake.InjectFault("sendMessage", Fault.TooManyRequests(5));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => impatient.SendMessage(chat.Id, "x"));

        Assert.Equal(429, ex.ErrorCode);
        Assert.Equal(5, ex.Parameters!.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 5", ex.Message);
        Assert.Equal(0, Fake.SentMessageCount(chat.Id));
    }

    [Fact]
    public async Task Client_retries_a_429_within_its_threshold_by_itself()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.TooManyRequests(1));

        await Bot.SendMessage(chat.Id, "eventually");

        Assert.Equal([429, 200], Fake.RequestsFor("sendMessage").Select(r => r.StatusCode));
        Assert.Equal("eventually", Fake.SentMessages(chat.Id).Single().Text);
    }

    [Fact]
    public async Task Injected_403_surfaces_as_blocked_by_the_user()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.BlockedByUser());

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "x"));

        Assert.Equal(403, ex.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", ex.Message);
    }

    [Fact]
    public async Task Blocked_chat_gets_403_for_every_request_until_unblocked()
    {
        var blocked = Fake.CreatePrivateChat("Blocker");
        var other = Fake.CreatePrivateChat("Friend");
        var group = Fake.CreateGroup("Gone");
        Fake.BlockChat(blocked.Id);
        Fake.BlockChat(group.Id);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(blocked.Id, "1"));
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendChatAction(blocked.Id, Telegram.Bot.Types.Enums.ChatAction.Typing));
        var kicked = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(group.Id, "1"));
        await Bot.SendMessage(other.Id, "fine");
        Fake.UnblockChat(blocked.Id);
        await Bot.SendMessage(blocked.Id, "back");

        Assert.Equal(403, first.ErrorCode);
        Assert.Equal(403, again.ErrorCode);
        Assert.Equal("Forbidden: bot was kicked from the supergroup chat", kicked.Message);
        Assert.Equal("back", Fake.SentMessages(blocked.Id).Single().Text);
    }

    [Fact]
    public async Task Injected_500_surfaces_as_an_api_error_with_its_description()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.InternalServerError());

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "x"));

        Assert.Equal(500, ex.ErrorCode);
        Assert.Equal("Internal Server Error", ex.Message);
    }

    [Fact]
    public async Task Injected_502_comes_as_json_or_as_nginx_html()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.BadGateway());
        Fake.InjectFault("sendMessage", Fault.BadGateway(htmlBody: true));

        var json = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "x"));
        var html = await Assert.ThrowsAsync<RequestException>(() => Bot.SendMessage(chat.Id, "x"));

        Assert.Equal(502, json.ErrorCode);
        Assert.IsNotType<ApiRequestException>(html);
    }

    [Fact]
    public async Task Dropped_connection_before_processing_throws_RequestException_and_delivers_nothing()
    {
        var chat = Fake.CreatePrivateChat();
        await Bot.SendMessage(chat.Id, "warm connection");
        Fake.InjectFault("sendMessage", Fault.DropBeforeProcessing());

        var ex = await Assert.ThrowsAsync<RequestException>(() => Bot.SendMessage(chat.Id, "lost"));
        await Bot.SendMessage(chat.Id, "after");

        Assert.IsNotType<ApiRequestException>(ex);
        Assert.Equal(["warm connection", "after"], Fake.SentMessages(chat.Id).Select(m => m.Text));
        Assert.Equal(RequestOutcome.DroppedBeforeProcessing, Fake.RequestsFor("sendMessage")[1].Outcome);
    }

    [Fact]
    public async Task Dropped_connection_after_processing_throws_RequestException_but_the_message_is_delivered()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.DropAfterProcessing());

        var ex = await Assert.ThrowsAsync<RequestException>(() => Bot.SendMessage(chat.Id, "delivered anyway"));

        Assert.IsNotType<ApiRequestException>(ex);
        Assert.Equal("delivered anyway", Fake.SentMessages(chat.Id).Single().Text);
        Assert.Equal(RequestOutcome.DroppedAfterProcessing, Fake.RequestsFor("sendMessage").Single().Outcome);
    }

    [Fact]
    public async Task Slow_response_answers_late_but_delivers_at_once()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.SlowResponse(TimeSpan.FromMilliseconds(400)));
        var clock = Stopwatch.StartNew();

        var send = Bot.SendMessage(chat.Id, "slow");
        await Fake.WaitForMessagesAsync(chat.Id, 1, Patience);
        await send;

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(380), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task Fault_scoped_to_a_chat_spares_other_chats_and_applies_the_given_number_of_times()
    {
        var target = Fake.CreatePrivateChat("Target");
        var bystander = Fake.CreatePrivateChat("Bystander");
        var fault = Fake.InjectFault("sendMessage", Fault.InternalServerError(), times: 2, chatId: target.Id);

        await Bot.SendMessage(bystander.Id, "unaffected");
        await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(target.Id, "1"));
        await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(target.Id, "2"));
        await Bot.SendMessage(target.Id, "3");

        Assert.Equal(2, fault.Applied);
        Assert.True(fault.IsExhausted);
        Assert.Empty(Fake.PendingFaults);
        Assert.Equal("3", Fake.SentMessages(target.Id).Single().Text);
    }

    [Fact]
    public async Task Wildcard_fault_hits_any_method_and_can_be_cancelled()
    {
        var chat = Fake.CreatePrivateChat();
        var fault = Fake.InjectFault("*", Fault.Error(503, "Service Unavailable"), times: 100);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetMe());
        fault.Cancel();
        await Bot.SendMessage(chat.Id, "ok");

        Assert.Equal(503, ex.ErrorCode);
        Assert.Equal(1, fault.Applied);
    }

    [Fact]
    public async Task Faults_apply_in_the_order_they_were_queued()
    {
        var chat = Fake.CreatePrivateChat();
        var impatient = NewClient(retryThreshold: 0);
        Fake.InjectFault("sendMessage", Fault.TooManyRequests(3));
        Fake.InjectFault("sendMessage", Fault.BlockedByUser());

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => impatient.SendMessage(chat.Id, "1"));
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => impatient.SendMessage(chat.Id, "2"));

        Assert.Equal([429, 403], new[] { first.ErrorCode, second.ErrorCode });
    }
}
