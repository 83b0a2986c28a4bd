using System.Net.Http.Headers;

namespace ChatBot.FakeTelegram;

/// <summary>
/// Telegram's side of a webhook: while one is set, POSTs the pending updates to it with the secret header, a chat's
/// updates one after another in order and different chats' in parallel (up to max_connections); an update is confirmed
/// by a 2xx answer, and anything else (a connection failure included) is retried with a doubling delay, before its
/// chat's later updates. Several proxy targets stand for a load balancer: each POST goes to the next one in turn, and
/// one that refuses the connection or answers 502/503 passes the POST to the next (nginx's proxy_next_upstream).
/// </summary>
internal sealed class WebhookPusher : IAsyncDisposable
{
    private readonly FakeWorld _world;
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(30) };
    private const int Connections = 40;
    private readonly Task[] _loops;
    private Uri[] _proxies = [];
    private int _posts;
    private int _turn;

    public WebhookPusher(FakeWorld world)
    {
        _world = world;
        _loops = [.. Enumerable.Range(0, Connections).Select(_ => Task.Run(RunAsync))];
    }

    /// <summary>Set by a test: where POSTs go instead of the registered https URL (path kept), as a TLS-terminating proxy would.</summary>
    public Uri? Proxy
    {
        get => Volatile.Read(ref _proxies) is [var first, ..] ? first : null;
        set => Proxies = value is null ? [] : [value];
    }

    /// <summary>Several targets in turn, as a load balancer in front of replicas would spread the POSTs.</summary>
    public IReadOnlyList<Uri> Proxies
    {
        get => Volatile.Read(ref _proxies);
        set
        {
            Volatile.Write(ref _proxies, [.. value]);
            _world.Signal.Notify();
        }
    }

    public int Posts => Volatile.Read(ref _posts);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_loops);
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

            try
            {
                await Task.Delay(delay, stopping);
            }
            finally
            {
                _world.Updates.RetryWebhook(next.Update.Id);
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _world.Options.WebhookMaxRetryDelay.Ticks));
        }
    }

    private async Task<bool> PostAsync(QueuedUpdate update, WebhookState hook, CancellationToken stopping)
    {
        Interlocked.Increment(ref _posts);
        var proxies = Proxies;
        if (proxies.Count == 0)
        {
            return await PostToAsync(new Uri(hook.Url), update, hook, stopping) == Result.Confirmed;
        }

        var first = Interlocked.Increment(ref _turn);
        for (var i = 0; i < proxies.Count; i++)
        {
            var proxy = proxies[(int)((uint)(first + i) % proxies.Count)];
            var target = new UriBuilder(new Uri(hook.Url)) { Scheme = proxy.Scheme, Host = proxy.Host, Port = proxy.Port }.Uri;
            var result = await PostToAsync(target, update, hook, stopping);
            if (result != Result.TryNext)
            {
                return result == Result.Confirmed;
            }
        }

        return false;
    }

    private async Task<Result> PostToAsync(Uri target, QueuedUpdate update, WebhookState hook, CancellationToken stopping)
    {
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
                return Result.Confirmed;
            }

            _world.Updates.RecordWebhookError($"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}", _world.Now);
            return (int)response.StatusCode is 502 or 503 ? Result.TryNext : Result.Failed;
        }
        catch (HttpRequestException ex) when (!stopping.IsCancellationRequested && ex.HttpRequestError == HttpRequestError.ConnectionError)
        {
            _world.Updates.RecordWebhookError("Connection failed: " + ex.Message, _world.Now);
            return Result.TryNext;
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            _world.Updates.RecordWebhookError(ex is TaskCanceledException ? "Read timeout expired" : "Connection failed: " + ex.Message, _world.Now);
            return Result.Failed;
        }
    }

    private enum Result
    {
        Confirmed,
        TryNext,
        Failed,
    }
}
