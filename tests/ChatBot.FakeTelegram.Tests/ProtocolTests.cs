using System.Text.Json;
using Telegram.Bot;

namespace ChatBot.FakeTelegram.Tests;

public sealed class ProtocolTests : FakeApiTestBase, IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private string Url(string method, string token = Token) => $"{Fake.BaseUrl}/bot{token}/{method}";

    [Fact]
    public async Task GetMe_returns_the_bot_whose_id_is_the_token_digits()
    {
        var me = await Bot.GetMe();

        Assert.Equal(123456, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("ChatBot", me.FirstName);
        Assert.Equal("test_chat_bot", me.Username);
        Assert.True(me.CanJoinGroups);
        Assert.False(me.CanReadAllGroupMessages);
        Assert.True(me.SupportsInlineQueries);
        Assert.Contains(Token, Fake.TokensUsed);
    }

    [Fact]
    public async Task Base_url_is_loopback_with_the_bound_port()
    {
        Assert.Equal($"http://127.0.0.1:{Fake.Port}", Fake.BaseUrl);
        Assert.NotEqual(0, Fake.Port);
        await Bot.GetMe();
        Assert.True(Fake.ConnectionsAccepted > 0);
        Assert.Equal(0, Fake.ConnectionsFoundWithNagle);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("123456")]
    [InlineData("123456:")]
    [InlineData(":secret")]
    [InlineData("12a:secret")]
    public async Task Malformed_token_gets_401_unauthorized(string token)
    {
        var (status, body) = await RawHttp.SendAsync(_http, HttpMethod.Get, Url("getMe", token));

        Assert.Equal(401, status);
        Assert.Equal("""{"ok":false,"error_code":401,"description":"Unauthorized"}""", body);
        Assert.DoesNotContain(token, Fake.TokensUsed);
    }

    [Theory]
    [InlineData("{\"text\":", "can't parse JSON object")]
    [InlineData("{} {}", "can't parse JSON object")]
    [InlineData("[1]", "JSON body must be an object")]
    public async Task A_json_body_that_is_not_one_object_gets_400(string body, string description)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var (status, answer) = await RawHttp.SendAsync(_http, HttpMethod.Post, Url("getMe"), content);

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: " + description, RawHttp.Parse(answer).GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    [InlineData(" {} \n")]
    public async Task An_empty_or_padded_json_body_is_accepted(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var (status, _) = await RawHttp.SendAsync(_http, HttpMethod.Post, Url("getMe"), content);

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Unknown_method_gets_404_not_found()
    {
        var (status, body) = await RawHttp.SendAsync(_http, HttpMethod.Post, Url("sendTelepathy"));

        Assert.Equal(404, status);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found"}""", body);
        Assert.Equal(404, Fake.Requests.Single().StatusCode);
    }

    [Fact]
    public async Task Method_names_are_case_insensitive_and_recorded_in_canonical_spelling()
    {
        var chat = Fake.CreatePrivateChat();

        var (status, _) = await RawHttp.PostJsonAsync(_http, Url("SENDMESSAGE"), new { chat_id = chat.Id, text = "hi" });

        Assert.Equal(200, status);
        Assert.Equal("sendMessage", Fake.Requests.Single().Method);
    }

    [Fact]
    public async Task Query_string_parameters_work_with_GET()
    {
        var chat = Fake.CreatePrivateChat();

        var (status, body) = await RawHttp.SendAsync(_http, HttpMethod.Get, Url("sendMessage") + $"?chat_id={chat.Id}&text=hello");

        Assert.Equal(200, status);
        Assert.Equal("hello", RawHttp.Parse(body).GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Urlencoded_form_with_json_fields_is_understood()
    {
        var chat = Fake.CreatePrivateChat();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "<b>pick</b>",
            ["parse_mode"] = "HTML",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}""",
        });

        var (status, body) = await RawHttp.SendAsync(_http, HttpMethod.Post, Url("sendMessage"), form);

        Assert.Equal(200, status);
        var result = RawHttp.Parse(body).GetProperty("result");
        Assert.Equal("pick", result.GetProperty("text").GetString());
        Assert.Equal("a", result.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.Equal(JsonValueKind.Object, Fake.Requests.Single().ParamAsJson("reply_markup")!.Value.ValueKind);
    }

    [Fact]
    public async Task Multipart_form_without_files_is_understood()
    {
        var chat = Fake.CreatePrivateChat();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
            { new StringContent("multi"), "text" },
        };

        var (status, _) = await RawHttp.SendAsync(_http, HttpMethod.Post, Url("sendMessage"), form);

        Assert.Equal(200, status);
        Assert.Equal("multi", Fake.SentMessages(chat.Id).Single().Text);
    }

    [Fact]
    public async Task Message_dates_are_unix_seconds_and_the_bot_is_the_sender()
    {
        var chat = Fake.CreatePrivateChat();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var (_, body) = await RawHttp.PostJsonAsync(_http, Url("sendMessage"), new { chat_id = chat.Id, text = "t" });

        var result = RawHttp.Parse(body).GetProperty("result");
        var date = result.GetProperty("date").GetInt64();
        Assert.InRange(date, before - 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.True(result.GetProperty("from").GetProperty("is_bot").GetBoolean());
        Assert.Equal(123456, result.GetProperty("from").GetProperty("id").GetInt64());
        Assert.Equal("private", result.GetProperty("chat").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Error_envelope_carries_retry_after_only_for_429_with_the_same_http_status()
    {
        var chat = Fake.CreatePrivateChat();
        Fake.InjectFault("sendMessage", Fault.TooManyRequests(7));

        var (status429, body429) = await RawHttp.PostJsonAsync(_http, Url("sendMessage"), new { chat_id = chat.Id, text = "x" });
        var (status400, body400) = await RawHttp.PostJsonAsync(_http, Url("sendMessage"), new { chat_id = chat.Id, text = "" });

        Assert.Equal(429, status429);
        Assert.Equal("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""", body429);
        Assert.Equal(400, status400);
        Assert.Equal("""{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}""", body400);
    }
}
