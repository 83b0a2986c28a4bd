namespace ChatBot.Hosting;

/// <summary>Counts Bot API answers that are not 2xx by status code; Telegram's HTTP status is its error_code.</summary>
internal sealed class BotApiErrorCounter(BotMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            metrics.BotApiErrors.Add(1, new KeyValuePair<string, object?>("code", (int)response.StatusCode));
        }
        return response;
    }
}
