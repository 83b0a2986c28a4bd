using System.Text;
using ChatBot.FakeTelegram;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The splitter's output as Telegram judges it: every part parses and fits.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed in IAsyncLifetime.DisposeAsync, which xUnit calls after each test.")]
public sealed class LongReplyTests : IAsyncLifetime
{
    private FakeBotApi _fake = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_of_several_messages_is_accepted_part_by_part_with_its_quotes_intact()
    {
        var user = _fake.CreatePrivateChat();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(BotHarness.Token, _fake.BaseUrl), _http);
        var sender = new ReplySender(bot, new TelegramCallPolicy(TimeProvider.System, NullLogger<TelegramCallPolicy>.Instance), NullLogger<ReplySender>.Instance);
        var html = new StringBuilder("<b>A long answer &amp; more</b>\n");
        for (var i = 0; i < 30; i++)
        {
            html.Append("\n<blockquote>").Append(string.Concat(Enumerable.Repeat($"quote {i} &lt;said&gt; ", 40))).Append("</blockquote>\n— <a href=\"https://example.org\">Outlet</a>\n");
        }

        await sender.SendHtmlAsync(user.Id, html.ToString(), null, null, CancellationToken.None);

        var sends = _fake.RequestsFor("sendMessage");
        Assert.True(sends.Count >= 3, $"{sends.Count} parts");
        Assert.All(sends, r => Assert.Equal(200, r.StatusCode));
        var messages = _fake.SentMessages(user.Id);
        Assert.All(messages, m => Assert.True(m.Text!.Length <= 4096));
        Assert.Equal(30, messages.Sum(m => m.Entities.Count(e => e.Type == "blockquote")));
        Assert.Equal(Visible(html.ToString()), messages.Sum(m => m.Text!.Replace("\n", "", StringComparison.Ordinal).Length));
    }

    private static int Visible(string html) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")).Replace("\n", "", StringComparison.Ordinal).Length;
}
