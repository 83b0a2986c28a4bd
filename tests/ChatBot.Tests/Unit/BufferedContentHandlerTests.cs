using System.Net;
using System.Net.Http.Json;
using ChatBot.Telegram.Replies;

namespace ChatBot.Tests.Unit;

public sealed class BufferedContentHandlerTests
{
    [Fact]
    public async Task A_streamed_json_body_is_sent_with_its_length_and_unchanged()
    {
        var inner = new RecordingHandler();
        using var http = new HttpClient(new BufferedContentHandler { InnerHandler = inner });

        using var response = await http.PostAsync(new Uri("http://localhost/bot1:x/sendMessage"), JsonContent.Create(new { chat_id = 5, text = "héllo" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"chat_id":5,"text":"h\u00E9llo"}""", inner.Body);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(inner.Body!), inner.Length);
    }

    [Fact]
    public async Task A_file_upload_is_left_streaming()
    {
        var inner = new RecordingHandler();
        using var http = new HttpClient(new BufferedContentHandler { InnerHandler = inner });
        using var file = new StreamContent(new NonSeekableStream("export body"u8.ToArray()));
        using var form = new MultipartFormDataContent { { file, "document", "export.json" } };

        using var response = await http.PostAsync(new Uri("http://localhost/bot1:x/sendDocument"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(inner.Length);
        Assert.Contains("export body", inner.Body, StringComparison.Ordinal);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public string? Body { get; private set; }

        public long? Length { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Length = request.Content!.Headers.ContentLength;
            Body = await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
