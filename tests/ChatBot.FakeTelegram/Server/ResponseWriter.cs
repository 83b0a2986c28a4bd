using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ChatBot.FakeTelegram;

/// <summary>Writes Telegram's envelopes with the HTTP status equal to error_code.</summary>
internal static class ResponseWriter
{
    private const int MaxPooledBuffer = 256 * 1024;
    private static readonly ConcurrentBag<ArrayBufferWriter<byte>> Buffers = [];

    private const string NginxBadGateway =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n";

    public static Task OkAsync(HttpContext ctx, ApiResult result) => WriteAsync(ctx, 200, w =>
    {
        w.WriteBoolean("ok", true);
        w.WritePropertyName("result");
        result.WriteResult(w);
        WireWriter.Optional(w, "description", result.Description);
    });

    public static Task ErrorAsync(HttpContext ctx, ApiError error) => WriteAsync(ctx, error.StatusCode, w =>
    {
        w.WriteBoolean("ok", false);
        w.WriteNumber("error_code", error.StatusCode);
        w.WriteString("description", error.Message);
        if (error.RetryAfterSeconds is { } retryAfter)
        {
            w.WriteStartObject("parameters");
            w.WriteNumber("retry_after", retryAfter);
            w.WriteEndObject();
        }
    });

    public static Task NginxPageAsync(HttpContext ctx, int statusCode)
    {
        var body = Encoding.ASCII.GetBytes(NginxBadGateway.Replace("502 Bad Gateway", $"{statusCode} Bad Gateway", StringComparison.Ordinal));
        ctx.Response.StatusCode = statusCode;
        ctx.Response.ContentType = "text/html";
        ctx.Response.ContentLength = body.Length;
        return ctx.Response.Body.WriteAsync(body).AsTask();
    }

    private static async Task WriteAsync(HttpContext ctx, int statusCode, Action<Utf8JsonWriter> writeBody)
    {
        // Buffers are reused: a grown buffer per answer was the fake's largest allocation under load.
        var buffer = Buffers.TryTake(out var pooled) ? pooled : new ArrayBufferWriter<byte>(4096);
        try
        {
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                writeBody(w);
                w.WriteEndObject();
            }

            ctx.Response.StatusCode = statusCode;
            ctx.Response.ContentType = "application/json";
            ctx.Response.ContentLength = buffer.WrittenCount;
            await ctx.Response.Body.WriteAsync(buffer.WrittenMemory);
        }
        finally
        {
            if (buffer.Capacity <= MaxPooledBuffer)
            {
                buffer.ResetWrittenCount();
                Buffers.Add(buffer);
            }
        }
    }
}
