using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ChatBot.FakeTelegram;

/// <summary>Merges the query string and a JSON, urlencoded or multipart body into one JSON object, as Telegram accepts all four.</summary>
internal static class RequestBodyReader
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            fields[key] = value.ToString();
        }

        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        JsonElement? json = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray());
            }
        }
        else
        {
            json = await ReadJsonAsync(request, ct);
        }

        if (fields.Count == 0 && files.Count == 0)
        {
            return json is { } only ? RequestBody.Empty with { Parameters = only } : RequestBody.Empty;
        }

        return new RequestBody(Merge(fields, json), files);
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        // The body is parsed straight from Kestrel's buffers once it has all arrived: no copy into a growing stream.
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(ct);
            if (!read.IsCompleted && !read.IsCanceled)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                continue;
            }

            try
            {
                return Parse(read.Buffer);
            }
            finally
            {
                reader.AdvanceTo(read.Buffer.End);
            }
        }
    }

    private static JsonElement? Parse(ReadOnlySequence<byte> body)
    {
        if (IsBlank(body))
        {
            return null;
        }

        try
        {
            var json = new Utf8JsonReader(body);
            var element = JsonElement.ParseValue(ref json);
            if (json.Read())
            {
                // Something after the value (not just whitespace).
                throw new JsonException("trailing data");
            }

            return element.ValueKind == JsonValueKind.Object
                ? element
                : throw ApiError.BadRequest("JSON body must be an object");
        }
        catch (JsonException)
        {
            throw ApiError.BadRequest("can't parse JSON object");
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            if (!segment.Span.Trim(" \t\r\n"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonElement Merge(Dictionary<string, string> fields, JsonElement? json)
    {
        var output = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(output))
        {
            w.WriteStartObject();
            foreach (var (key, value) in fields)
            {
                if (json is { } body && body.TryGetProperty(key, out _))
                {
                    continue;
                }

                w.WritePropertyName(key);
                if (JsonParams.TryParseJson(value, out var parsed))
                {
                    // Form bodies carry reply_markup and friends as JSON text; keep them as JSON.
                    parsed.WriteTo(w);
                }
                else
                {
                    w.WriteStringValue(value);
                }
            }

            if (json is { } jsonBody)
            {
                foreach (var property in jsonBody.EnumerateObject())
                {
                    property.WriteTo(w);
                }
            }

            w.WriteEndObject();
        }

        return JsonSerializer.Deserialize<JsonElement>(output.WrittenSpan);
    }
}
