using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace ChatBot.FakeTelegram.Tests;

public sealed class WebhookTests : FakeApiTestBase
{
    private const string Secret = "s3cret_token-1";

    [Fact]
    public async Task Queued_updates_are_posted_in_order_with_the_secret_header_and_confirmed_by_a_200()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: 0);
        Fake.WebhookProxy = receiver.Origin;
        await Bot.SetWebhook("https://bot.example/telegram/hook", secretToken: Secret, allowedUpdates: [UpdateType.Message]);

        var first = Fake.EnqueueMessage(1, 1, "one");
        var second = Fake.EnqueueMessage(1, 1, "two");

        await Fake.WaitForAsync(() => Fake.PendingUpdateCount == 0, Patience, "both updates confirmed");
        Assert.Equal([first, second], receiver.UpdateIds());
        Assert.All(receiver.Received, r => Assert.Equal(Secret, r.Secret));
        Assert.All(receiver.Received, r => Assert.Equal("/telegram/hook", r.Path));
    }

    [Fact]
    public async Task A_failing_webhook_is_retried_with_the_same_update_first_until_it_answers_2xx()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: 3);
        Fake.WebhookProxy = receiver.Origin;
        await Bot.SetWebhook("https://bot.example/hook", secretToken: Secret);

        var first = Fake.EnqueueMessage(1, 1, "one");
        var second = Fake.EnqueueMessage(1, 1, "two");

        await Fake.WaitForAsync(() => Fake.PendingUpdateCount == 0, Patience, "both updates confirmed");
        Assert.Equal([first, first, first, first, second], receiver.UpdateIds());
        var info = await Bot.GetWebhookInfo();
        Assert.Contains("500", info.LastErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_once_the_bot_listens()
    {
        await Bot.SetWebhook("https://bot.example/hook", secretToken: Secret);
        Fake.WebhookProxy = new Uri("http://127.0.0.1:1");
        var id = Fake.EnqueueMessage(1, 1, "one");
        await Fake.WaitForAsync(() => Fake.WebhookPosts >= 2, Patience, "two failed posts");

        await using var receiver = await Receiver.StartAsync(failFirst: 0);
        Fake.WebhookProxy = receiver.Origin;

        await Fake.WaitForAsync(() => Fake.PendingUpdateCount == 0, Patience, "the update confirmed");
        Assert.Equal([id], receiver.UpdateIds());
    }

    [Fact]
    public async Task GetUpdates_is_a_409_while_a_webhook_is_set_and_works_again_after_deleteWebhook()
    {
        await Bot.SetWebhook("https://bot.example/hook", secretToken: Secret);

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetUpdates(timeout: 0));
        Assert.Equal(409, conflict.ErrorCode);

        await Bot.DeleteWebhook();
        Fake.EnqueueMessage(1, 1, "one");
        Assert.Single(await Bot.GetUpdates(timeout: 0));
    }

    /// <summary>A stand-in bot on 127.0.0.1:0 that records every POST and answers 500 to the first few.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _failuresLeft;

        private Receiver(WebApplication app, int failFirst)
        {
            _app = app;
            _failuresLeft = failFirst;
        }

        public ConcurrentQueue<(string Path, string? Secret, long UpdateId)> Received { get; } = new();

        public Uri Origin { get; private set; } = null!;

        public static async Task<Receiver> StartAsync(int failFirst)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new Receiver(app, failFirst);
            app.MapPost("/{**path}", (Delegate)receiver.HandleAsync);
            await app.StartAsync();
            receiver.Origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return receiver;
        }

        public long[] UpdateIds() => [.. Received.Select(r => r.UpdateId)];

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();

        private async Task<IResult> HandleAsync(HttpContext context)
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            Received.Enqueue((context.Request.Path, context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault(), body.RootElement.GetProperty("update_id").GetInt64()));
            return Interlocked.Decrement(ref _failuresLeft) >= 0 ? Results.StatusCode(500) : Results.Ok();
        }
    }
}
