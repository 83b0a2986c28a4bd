using System.Net.Http.Headers;

namespace ChatBot.FakeTelegram;

/// <summary>
/// Telegram's side of a webhook: while one is set, POSTs the pending updates to it one at a time in order, with the
/// secret header; an update is confirmed by a 2xx answer, and anything else (a connection failure included) is retried
/// with a doubling delay, the same update first.
/// </summary>
internal sealed class WebhookPusher : IAsyncDisposable
{
    private readonly FakeWorld _world;
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Task _loop;
    private Uri? _proxy;
    private int _posts;

    public WebhookPusher(FakeWorld world)
    {
        _world = world;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Set by a test: where POSTs go instead of the registered https URL (path kept), as a TLS-terminating proxy would.</summary>
    public Uri? Proxy
    {
        get => Volatile.Read(ref _proxy);
        set
        {
            Volatile.Write(ref _proxy, value);
            _world.Signal.Notify();
        }
    }

    public int Posts => Volatile.Read(ref _posts);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
    }

    private async Task RunAsync()
    {
        var stopping = _world.Stopping;
        var delay = _world.Options.WebhookRetryDelay;
        while (!stopping.IsCancellationRequested)
        {
            var change = _world.Signal.NextChange;
            if (_world.Updates.NextForWebhook() is not { } next)
            {
                await change.WaitAsync(stopping);
                continue;
            }

            if (await PostAsync(next.Update, next.Hook, stopping))
            {
                _world.Updates.ConfirmWebhook(next.Update.Id);
                delay = _world.Options.WebhookRetryDelay;
                continue;
            }

            await Task.Delay(delay, stopping);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _world.Options.WebhookMaxRetryDelay.Ticks));
        }
    }

    private async Task<bool> PostAsync(QueuedUpdate update, WebhookState hook, CancellationToken stopping)
    {
        Interlocked.Increment(ref _posts);
        var target = new Uri(hook.Url);
        if (Proxy is { } proxy)
        {
            target = new UriBuilder(target) { Scheme = proxy.Scheme, Host = proxy.Host, Port = proxy.Port }.Uri;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(update.Json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (hook.SecretToken is { } secret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        try
        {
            using var response = await _http.SendAsync(request, stopping);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            _world.Updates.RecordWebhookError($"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}", _world.Now);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            _world.Updates.RecordWebhookError(ex is TaskCanceledException ? "Read timeout expired" : "Connection failed: " + ex.Message, _world.Now);
        }

        return false;
    }
}
