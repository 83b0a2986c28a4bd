using Microsoft.AspNetCore.Http;

namespace ChatBot.FakeTelegram;

/// <summary>GET /file/bot{token}/{file_path}: the bytes of a stored file.</summary>
internal static class FileDownload
{
    public static async Task ServeAsync(FakeWorld world, HttpContext ctx, string path)
    {
        var rest = path["/file/bot".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !TokenRules.IsWellFormed(rest[..slash]))
        {
            await ResponseWriter.ErrorAsync(ctx, ApiError.Unauthorized());
            return;
        }

        if (world.Files.FindByPath(rest[(slash + 1)..]) is not { } file)
        {
            await ResponseWriter.ErrorAsync(ctx, ApiError.NotFound());
            return;
        }

        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = file.Meta.MimeType ?? "application/octet-stream";
        ctx.Response.ContentLength = file.Content.Length;
        await ctx.Response.Body.WriteAsync(file.Content);
    }
}
