using System.Net;
using System.Runtime.CompilerServices;
using ChatBot.Core.Facts;
using ChatBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd.Webhook;

/// <summary>/healthz answers while the process runs; /readyz only once the store and the match index are ready.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_is_503_while_the_match_index_is_being_built_and_200_once_it_is()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = await BotHarness.StartAsync(WebhookBot.Options(services =>
            services.AddSingleton<IFactStore>(sp => new GatedFactStore(sp.GetRequiredService<SqliteFactStore>(), gate.Task))));

        using (var health = await WebhookBot.GetAsync(bot, "/healthz"))
        using (var early = await WebhookBot.GetAsync(bot, "/readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        }

        gate.SetResult();

        await Eventually.TrueAsync(async () =>
        {
            using var ready = await WebhookBot.GetAsync(bot, "/readyz");
            return ready.StatusCode == HttpStatusCode.OK;
        }, BotHarness.Patience, "/readyz 200 once the index is built", () => bot.Logs.All);
    }

    [Fact]
    public async Task In_polling_mode_with_a_listen_address_the_health_and_metrics_endpoints_are_served_and_no_webhook_is_set()
    {
        await using var bot = await BotHarness.StartAsync(new BotHarnessOptions { Web = true });
        var user = bot.Fake.CreateUser("Dan");
        await bot.AskAsync(user.Id, "ternopil death toll?");

        using var health = await WebhookBot.GetAsync(bot, "/healthz");
        using var metrics = await WebhookBot.GetAsync(bot, "/metrics");
        await Eventually.TrueAsync(async () =>
        {
            using var ready = await WebhookBot.GetAsync(bot, "/readyz");
            return ready.StatusCode == HttpStatusCode.OK;
        }, BotHarness.Patience, "/readyz 200");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Empty(bot.Fake.RequestsFor("setWebhook"));
        Assert.NotEmpty(bot.Fake.RequestsFor("deleteWebhook"));
        using var post = await WebhookBot.PostAsync(bot, "{}", WebhookBot.Secret);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    /// <summary>The real store, whose fact reads (the index build) wait for the test to open the gate.</summary>
    private sealed class GatedFactStore(IFactStore inner, Task gate) : IFactStore
    {
        public Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default) => inner.GetFactAsync(id, cancellationToken);

        public Task<FactHeadline?> GetHeadlineAsync(string id, CancellationToken cancellationToken = default) => inner.GetHeadlineAsync(id, cancellationToken);

        public async Task<IReadOnlyList<Fact>> GetActiveFactsAsync(CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            return await inner.GetActiveFactsAsync(cancellationToken);
        }

        public async IAsyncEnumerable<Fact> StreamActiveFactsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            await foreach (var fact in inner.StreamActiveFactsAsync(cancellationToken))
            {
                yield return fact;
            }
        }

        public Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default) => inner.GetSourceAsync(id, cancellationToken);

        public Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default) => inner.GetSourcesAsync(cancellationToken);

        public IAsyncEnumerable<Source> StreamSourcesAsync(CancellationToken cancellationToken = default) => inner.StreamSourcesAsync(cancellationToken);

        public Task<IReadOnlyList<Quote>> GetRetractedQuotesAsync(CancellationToken cancellationToken = default) =>
            inner.GetRetractedQuotesAsync(cancellationToken);

        public Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymGroupsAsync(CancellationToken cancellationToken = default) =>
            inner.GetSynonymGroupsAsync(cancellationToken);

        public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => inner.GetRevisionAsync(cancellationToken);
    }
}
