using ChatBot.FakeTelegram;

namespace ChatBot.Tests.Answers;

/// <summary>What an answer looks like to an asker: sources and dates, no internal ids, nothing said twice.</summary>
public sealed class AnswerLayoutTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_answer_names_its_source_without_an_internal_id_and_a_mid_sentence_quote_starts_with_an_ellipsis()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?");

        Assert.DoesNotContain("ternopil-strike", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("fact", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Source: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Last checked", reply.Text, StringComparison.Ordinal);
        var quote = Assert.Single(reply.Entities, e => e.Type == "blockquote").Slice(reply.Text!);
        Assert.StartsWith("…at least 26", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_whose_quote_says_the_same_is_printed_once_with_its_source()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, "What is Zelensky's position on territorial concessions?");

        Assert.Equal(1, CountOf(reply.Text!, "consistently rejected any territorial concessions"));
        Assert.Contains("Source: ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("zelensky-territory", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_quote_is_shown_verbatim_even_inside_the_answer_and_a_source_quoted_twice_is_named_once()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, "/fact visit-purpose");

        var quotes = reply.Entities.Where(e => e.Type == "blockquote").Select(e => e.Slice(reply.Text!)).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("…“discuss measures to conclude the war” with Russia…", quotes[0]);
        Assert.EndsWith("efforts to conclude the war…", quotes[1], StringComparison.Ordinal);
        Assert.Equal(1, CountOf(reply.Text!, "Source: "));
    }

    [Fact]
    public async Task A_fact_opened_by_its_id_shows_the_answer_without_the_id()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, "/fact ternopil-strike");

        Assert.Contains("26", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ternopil-strike", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, b => b.Text == "👍");
    }

    private static int CountOf(string text, string part)
    {
        var (count, at) = (0, 0);
        while ((at = text.IndexOf(part, at, StringComparison.Ordinal)) >= 0)
        {
            (count, at) = (count + 1, at + part.Length);
        }
        return count;
    }
}
