using ChatBot.Core.Alerts;
using ChatBot.FakeTelegram;

namespace ChatBot.Alerts.Tests;

/// <summary>The adapter against the fake Bot API with the real Telegram.Bot client.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed in IAsyncLifetime.DisposeAsync, which xUnit calls after each test.")]
public sealed class TelegramAlertSenderTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly HttpClient _http = new();
    private FakeBotApi _fake = null!;
    private TelegramAlertSender _sender = null!;
    private long _chat;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _sender = new TelegramAlertSender(TelegramAlertSender.CreateClient("123456:TEST-token", _fake.BaseUrl, _http));
        _chat = _fake.CreatePrivateChat("Subscriber").Id;
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task A_sent_alert_is_html_with_a_button_that_opens_the_fact()
    {
        var result = await Send("<b>Update:</b> 42 <i>(was: 40)</i>", "death-toll");

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var message = Assert.Single(_fake.SentMessages(_chat));
        Assert.Equal(message.MessageId, result.MessageId);
        Assert.Equal("Update: 42 (was: 40)", message.Text);
        Assert.Contains(message.Entities, e => e.Type == "bold");
        var button = Assert.Single(message.Buttons);
        Assert.Equal("f:death-toll", button.CallbackData);
        Assert.Equal(TelegramAlertSender.ButtonText, button.Text);
    }

    [Fact]
    public async Task A_429_comes_back_at_once_with_retry_after_instead_of_being_retried_inside_the_library()
    {
        _fake.InjectFault("sendMessage", Fault.TooManyRequests(2));

        var result = await Send("hello");

        Assert.Equal(SendOutcome.RetryAfter, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(2), result.RetryAfter);
        Assert.Single(_fake.RequestsFor("sendMessage"));
        Assert.Equal(0, _fake.SentMessageCount(_chat));
    }

    [Fact]
    public async Task A_blocked_chat_or_a_missing_chat_is_blocked()
    {
        _fake.BlockChat(_chat);

        Assert.Equal(SendOutcome.Blocked, (await Send("hello")).Outcome);
        Assert.Equal(SendOutcome.Blocked, (await _sender.SendAsync(987654321, "hello", null, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_are_transient()
    {
        _fake.InjectFault("sendMessage", Fault.InternalServerError());
        _fake.InjectFault("sendMessage", Fault.BadGateway(htmlBody: true));
        _fake.InjectFault("sendMessage", Fault.DropBeforeProcessing());

        Assert.Equal(SendOutcome.Transient, (await Send("one")).Outcome);
        Assert.Equal(SendOutcome.Transient, (await Send("two")).Outcome);
        Assert.Equal(SendOutcome.Transient, (await Send("three")).Outcome);
        Assert.Equal(0, _fake.SentMessageCount(_chat));
        Assert.Equal(SendOutcome.Sent, (await Send("four")).Outcome);
    }

    [Fact]
    public async Task Html_Telegram_cannot_parse_is_rejected_for_good()
    {
        var result = await Send("<b>unclosed");

        Assert.Equal(SendOutcome.Rejected, result.Outcome);
        Assert.StartsWith("400", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429, "Too Many Requests", 7, SendOutcome.RetryAfter)]
    [InlineData(403, "Forbidden: user is deactivated", null, SendOutcome.Blocked)]
    [InlineData(400, "Bad Request: chat not found", null, SendOutcome.Blocked)]
    [InlineData(400, "Bad Request: message is too long", null, SendOutcome.Rejected)]
    [InlineData(502, "Bad Gateway", null, SendOutcome.Transient)]
    public void Error_codes_map_onto_the_dispatcher_policy(int code, string description, int? retryAfter, SendOutcome expected) =>
        Assert.Equal(expected, TelegramAlertSender.Classify(code, description, retryAfter).Outcome);

    private async Task<SendResult> Send(string html, string? factId = null)
    {
        using var cts = new CancellationTokenSource(Timeout);
        return await _sender.SendAsync(_chat, html, factId, cts.Token);
    }
}
