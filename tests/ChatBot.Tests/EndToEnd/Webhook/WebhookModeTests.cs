using System.Net;
using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>The real host in webhook mode: Kestrel on 127.0.0.1:0, the fake Bot API POSTing updates to it.</summary>
public sealed class WebhookModeTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(WebhookBot.Options());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_question_posted_to_the_webhook_gets_its_cited_answer_and_nothing_polls()
    {
        var user = Fake.CreateUser("Alice");

        var reply = await _bot.AskAsync(user.Id, "ternopil death toll?");

        Assert.Contains("26", reply.Text);
        var quote = Assert.Single(reply.Entities, e => e.Type == "blockquote");
        Assert.Contains("Ternopil", quote.Slice(reply.Text!));
        Assert.Empty(Fake.RequestsFor("getUpdates"));
        Assert.Empty(Fake.RequestsFor("deleteWebhook"));
        Assert.DoesNotContain(WebhookBot.Secret, _bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHarness.Token, _bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetWebhook_is_called_at_start_with_the_url_the_secret_the_allowed_updates_and_max_connections()
    {
        var call = await Fake.WaitForRequestAsync("setWebhook", BotHarness.Patience);

        Assert.Equal(WebhookBot.Url, call.Param("url"));
        Assert.Equal(WebhookBot.Secret, call.Param("secret_token"));
        Assert.Equal("40", call.Param("max_connections"));
        var allowed = call.Parameters.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["message", "edited_message", "callback_query", "inline_query", "my_chat_member"], allowed);
        Assert.Equal(WebhookBot.Url, Fake.WebhookUrl);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("webhook_SECRET-4")]
    [InlineData(null)]
    public async Task A_post_with_a_wrong_or_missing_secret_gets_401_and_stores_nothing(string? secret)
    {
        const string update = """{"update_id":777001,"message":{"message_id":1,"date":1700000000,"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"Eve"},"text":"ternopil death toll?"}}""";

        using var response = await WebhookBot.PostAsync(_bot, update, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, WebhookBot.InboxRows(_bot));
        Assert.Equal(0, Fake.SentMessageCount(5));
    }

    [Fact]
    public async Task The_same_update_delivered_twice_is_acknowledged_twice_and_answered_once()
    {
        var user = Fake.CreateUser("Bob");
        var updateId = Fake.EnqueueMessage(user.Id, user.Id, "ternopil death toll?");
        await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience);

        using var again = await WebhookBot.PostAsync(_bot, WebhookBot.StoredPayload(_bot, updateId), WebhookBot.Secret);
        // The chat's updates run in order: once this next message is answered, a second answer to the first would be there.
        var next = await _bot.AskAsync(user.Id, "/help");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("/fact", next.Text);
        Assert.Equal(2, Fake.SentMessageCount(user.Id));
        Assert.Equal(2, WebhookBot.InboxRows(_bot));
    }

    [Fact]
    public async Task Healthz_is_200_and_metrics_show_the_update_and_answer_counters_after_a_question()
    {
        var user = Fake.CreateUser("Carol");
        await _bot.AskAsync(user.Id, "ternopil death toll?");

        using var health = await WebhookBot.GetAsync(_bot, "/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var text = "";
        await Eventually.TrueAsync(async () =>
        {
            using var metrics = await WebhookBot.GetAsync(_bot, "/metrics");
            text = await metrics.Content.ReadAsStringAsync();
            return text.Contains("chatbot_updates_processed_total", StringComparison.Ordinal)
                && text.Contains("chatbot_questions_total", StringComparison.Ordinal);
        }, BotHarness.Patience, "the counters on /metrics", () => text);

        Assert.Contains("chatbot_updates_received_total{", text, StringComparison.Ordinal);
        Assert.Contains("transport=\"webhook\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"answered\"", text, StringComparison.Ordinal);
        Assert.Contains("chatbot_answer_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE chatbot_updates_received_total counter", text, StringComparison.Ordinal);
    }
}
