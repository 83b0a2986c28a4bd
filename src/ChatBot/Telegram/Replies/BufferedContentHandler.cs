namespace ChatBot.Telegram.Replies;

/// <summary>
/// Buffers each request body before it is sent, so it goes out with a Content-Length instead of chunked transfer
/// encoding (Telegram.Bot streams its JSON bodies). Bot API bodies are a few kilobytes; the server then reads one body
/// of known length rather than de-chunking it. File uploads (multipart: an admin's export or a source document) are
/// left streaming: buffering them would hold the whole file in memory.
/// </summary>
public sealed class BufferedContentHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { Headers.ContentLength: null } content and not MultipartContent)
        {
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
