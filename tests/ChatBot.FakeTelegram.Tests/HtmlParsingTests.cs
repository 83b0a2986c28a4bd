using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace ChatBot.FakeTelegram.Tests;

public sealed class HtmlParsingTests : FakeApiTestBase
{
    [Theory]
    [InlineData("<b>bold</b> and <i>it</i>", "bold and it", "Bold@0+4 Italic@9+2")]
    [InlineData("<strong>a</strong><em>b</em><ins>c</ins><u>d</u>", "abcd", "Bold@0+1 Italic@1+1 Underline@2+1 Underline@3+1")]
    [InlineData("<s>a</s><strike>b</strike><del>c</del><code>d</code>", "abcd", "Strikethrough@0+1 Strikethrough@1+1 Strikethrough@2+1 Code@3+1")]
    [InlineData("<b><i>x</i>y</b>", "xy", "Bold@0+2 Italic@0+1")]
    [InlineData("😀 <u>x</u>", "😀 x", "Underline@3+1")]
    [InlineData("<a href=\"https://example.com/?a=1&amp;b=2\">link</a>", "link", "TextLink@0+4=https://example.com/?a=1&b=2")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1;</code></pre>", "var x = 1;", "Pre@0+10=csharp")]
    [InlineData("<blockquote>q</blockquote>", "q", "Blockquote@0+1")]
    [InlineData("<blockquote expandable>long</blockquote>", "long", "ExpandableBlockquote@0+4")]
    [InlineData("<tg-spoiler>s</tg-spoiler><span class=\"tg-spoiler\">t</span>", "st", "Spoiler@0+1 Spoiler@1+1")]
    [InlineData("1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;q&quot; &#65;&#x42;", "1 < 2 && 3 > 2 \"q\" AB", "")]
    [InlineData("  <b> padded </b>  ", "padded", "Bold@0+6")]
    [InlineData("see /help or https://example.com.", "see /help or https://example.com.", "BotCommand@4+5 Url@13+19")]
    public async Task Html_becomes_plain_text_and_utf16_entities(string html, string text, string entities)
    {
        var chat = Fake.CreatePrivateChat();

        var message = await Bot.SendMessage(chat.Id, html, ParseMode.Html);

        Assert.Equal(text, message.Text);
        Assert.Equal(entities, Describe(message.Entities));
    }

    [Theory]
    [InlineData("<b>unclosed", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<x>y</x>", "Unsupported start tag \"x\" at byte offset 0")]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("Tom & Jerry", "at byte offset 4")]
    [InlineData("<b>x</i>", "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\"")]
    [InlineData("é<b", "Unclosed start tag at byte offset 2")]
    [InlineData("<br>", "Unsupported start tag \"br\"")]
    public async Task Bad_html_fails_like_telegram(string html, string detail)
    {
        var chat = Fake.CreatePrivateChat();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, html, ParseMode.Html));

        Assert.Equal(400, ex.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(detail, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_parse_mode_tags_are_plain_text()
    {
        var chat = Fake.CreatePrivateChat();

        var message = await Bot.SendMessage(chat.Id, "<b>not bold</b> & fine");

        Assert.Equal("<b>not bold</b> & fine", message.Text);
        Assert.Null(message.Entities);
    }

    [Fact]
    public async Task Markdown_is_refused_rather_than_silently_misparsed()
    {
        var chat = Fake.CreatePrivateChat();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(chat.Id, "*x*", ParseMode.MarkdownV2));

        Assert.Contains("not implemented by the fake", ex.Message, StringComparison.Ordinal);
    }

    private static string Describe(Telegram.Bot.Types.MessageEntity[]? entities) =>
        string.Join(' ', (entities ?? []).Select(e => $"{e.Type}@{e.Offset}+{e.Length}{(e.Url ?? e.Language) switch { null => "", var x => "=" + x }}"));
}
