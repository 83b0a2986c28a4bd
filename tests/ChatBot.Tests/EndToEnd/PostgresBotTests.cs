using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL cluster";
}

/// <summary>The whole bot with <c>Storage:Provider=Postgres</c>: migrated, seeded, asked and curated on a real server.</summary>
[Collection(OnPostgres.Name)]
public sealed class PostgresBotTests(PostgresCluster cluster) : IAsyncLifetime
{
    private const string SourceUrl = "https://example.org/news/geneva-talks";
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(new()
        {
            AdminIds = [BotHarness.AdminId],
            Settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = cluster.CreateDatabase(),
                ["Alerts:PollInterval"] = "00:00:00.200",
            },
        });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<T> WithLogAsync<T>(Task<T> wait)
    {
        try
        {
            return await wait;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + Environment.NewLine + "Bot log:" + Environment.NewLine + _bot.Logs.All, ex);
        }
    }

    [Fact]
    public async Task On_postgres_a_question_gets_its_cited_answer_and_an_admins_new_fact_is_alerted_and_served_across_a_restart()
    {
        Assert.IsType<PostgresFactStore>(_bot.Services.GetRequiredService<IFactStore>());
        var user = _bot.Fake.CreateUser().Id;

        var seeded = await _bot.AskAsync(user, "who leads the delegation?");
        Assert.Contains("Dan Driscoll", seeded.Text, StringComparison.Ordinal);
        Assert.Contains("Heading the delegation is US Army Secretary Dan Driscoll", seeded.Text, StringComparison.Ordinal);

        Assert.DoesNotContain("Unknown", (await _bot.AskAsync(user, "/subscribe peace-plan")).Text, StringComparison.Ordinal);
        var source = await _bot.AskAsync(BotHarness.AdminId, $"""
            /addsource
            Title: Geneva talks revise the US peace plan
            Outlet: Example News
            URL: {SourceUrl}
            Published: 2025-11-23
            Text:
            Negotiators from the United States and Ukraine met in Geneva on Sunday to revise the 28-point plan.
            The revised framework now contains 19 points, according to Ukrainian officials.
            """);
        Assert.Contains("Source added", source.Text, StringComparison.Ordinal);
        var seen = _bot.Fake.SentMessageCount(user);
        var fact = await _bot.AskAsync(BotHarness.AdminId, $"""
            /addfact
            Q: How many points does the revised peace framework have?
            A: After the Geneva talks the revised framework has 19 points.
            Quote: The revised framework now contains 19 points
            Source: {SourceUrl}
            Tags: peace-plan, geneva
            """);
        Assert.Contains("added (v1)", fact.Text, StringComparison.Ordinal);

        var alert = (await WithLogAsync(_bot.Fake.WaitForMessagesAsync(user, seen + 1, BotHarness.Patience)))[seen];
        Assert.Contains("19 points", alert.Text, StringComparison.Ordinal);
        var answer = await _bot.AskAsync(user, "How many points does the revised peace framework have?");
        Assert.Contains("After the Geneva talks the revised framework has 19 points.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The revised framework now contains 19 points", answer.Text, StringComparison.Ordinal);

        // A restart finds the schema migrated and the store seeded: nothing is applied or seeded twice.
        await _bot.StopHostAsync();
        await _bot.StartHostAsync();
        var again = await _bot.AskAsync(user, "How many points does the revised peace framework have?");
        Assert.Contains("has 19 points", again.Text, StringComparison.Ordinal);
        Assert.Single(_bot.Logs.All.Split('\n'), line => line.Contains("Seeded", StringComparison.Ordinal));
    }
}
