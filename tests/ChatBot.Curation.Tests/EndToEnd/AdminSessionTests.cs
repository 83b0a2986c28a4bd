using ChatBot.Curation.Tests.Support;
using ChatBot.FakeTelegram;
using ChatBot.Telegram.Commands.Admin;

namespace ChatBot.Curation.Tests.EndToEnd;

public sealed class AdminSessionTests : IAsyncLifetime
{
    private const string LaterUrl = "https://example.org/news/later-draft";
    private BotHarness _bot = null!;
    private long _user;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(new() { AdminIds = [BotHarness.AdminId], Services = s => s.AddCurationCommands() });
        _bot.Fake.AddUser(new FakeUser(BotHarness.AdminId, "Admin", Username: "curator"));
        _user = _bot.Fake.CreateUser().Id;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_admin_adds_a_source_and_a_fact_users_then_get_and_an_edit_changes_what_they_are_told()
    {
        var source = await _bot.AskAsync(BotHarness.AdminId, "/addsource\n" + Samples.GenevaSource);
        Assert.Contains("Source added: example-news-geneva-talks-revise-usa", source.Text, StringComparison.Ordinal);

        var fact = await _bot.AskAsync(BotHarness.AdminId, "/addfact\n" + Samples.PointsFact);
        Assert.Contains("Fact many-points-revised-peace-framework added (v1)", fact.Text, StringComparison.Ordinal);

        var answer = await _bot.AskAsync(_user, Samples.PointsQuestion);
        Assert.Contains("After the Geneva talks the revised framework has 19 points.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The revised framework now contains 19 points", answer.Text, StringComparison.Ordinal);

        var bad = await _bot.AskAsync(BotHarness.AdminId, "/addfact\n" + Samples.PointsFact
            .Replace("19 points", "20 points", StringComparison.Ordinal).Replace("have?", "have by now?", StringComparison.Ordinal));
        Assert.Contains("Nothing changed.", bad.Text, StringComparison.Ordinal);
        Assert.Contains("\"The revised framework now contains 20 points\" is not verbatim", bad.Text, StringComparison.Ordinal);
        Assert.Contains("Closest passage", bad.Text, StringComparison.Ordinal);

        await _bot.AskAsync(BotHarness.AdminId, $"""
            /addsource
            Title: A later draft
            Outlet: Example Wire
            URL: {LaterUrl}
            Published: 2025-11-25
            Text:
            A later draft cut the framework to 20 points after more talks.
            """);
        var edited = await _bot.AskAsync(BotHarness.AdminId, $"""
            /editfact many-points-revised-peace-framework v1
            A: A later draft has 20 points.
            Quote: A later draft cut the framework to 20 points
            Source: {LaterUrl}
            """);
        Assert.Contains("Fact many-points-revised-peace-framework updated (v2)", edited.Text, StringComparison.Ordinal);

        var after = await _bot.AskAsync(_user, Samples.PointsQuestion);
        Assert.Contains("A later draft has 20 points.", after.Text, StringComparison.Ordinal);
        Assert.Contains("A later draft cut the framework to 20 points", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("19 points", after.Text, StringComparison.Ordinal);

        var stale = await _bot.AskAsync(BotHarness.AdminId, "/editfact many-points-revised-peace-framework v1\nA: Stale.");
        Assert.Contains("is now at v2 but your change is based on v1", stale.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_admins_addsource_gets_the_unknown_command_reply_and_leaves_sources_unchanged()
    {
        var before = await _bot.AskAsync(_user, "/sources");
        var unknown = await _bot.AskAsync(_user, "/nosuchcommand");

        var refused = await _bot.AskAsync(_user, "/addsource\n" + Samples.GenevaSource);
        var after = await _bot.AskAsync(_user, "/sources");

        Assert.Equal(unknown.Text, refused.Text);
        Assert.Equal(before.Text, after.Text);
        Assert.DoesNotContain("Geneva", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_typed_by_an_admin_comes_back_escaped()
    {
        var reply = await _bot.AskAsync(BotHarness.AdminId, "/addfact\nQ: <b>bold</b>?\nA: x\nQuote: <i>nope</i> is nowhere in this source\nSource: bbc-pentagon-kyiv");

        Assert.Contains("\"<i>nope</i> is nowhere in this source\" is not verbatim", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Entities, e => e.Type == "italic" && reply.Text!.Substring(e.Offset, e.Length) == "nope");
    }
}
