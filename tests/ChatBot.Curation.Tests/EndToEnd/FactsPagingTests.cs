using ChatBot.Curation.Tests.Support;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>/facts &lt;words&gt; reaches its every page, and a page past the end says so.</summary>
public sealed class FactsPagingTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_filtered_list_names_its_next_page_and_that_command_shows_it()
    {
        var first = await _bot.AskAsync(Admin, "/facts russia");
        var second = await _bot.AskAsync(Admin, "/facts russia p2");

        Assert.StartsWith("Facts with “russia”, page 1 of 2", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("Next: /facts russia p2", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Facts with “russia”, page 2 of 2", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Next:", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_is_said_to_be_missing()
    {
        Assert.Equal("There is no page 99: the list has 4 pages.", (await _bot.AskAsync(Admin, "/facts 99")).Text);
        Assert.Equal("There is no page 3: the list has 2 pages.", (await _bot.AskAsync(Admin, "/facts russia p3")).Text);
    }
}
