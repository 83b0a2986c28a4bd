using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Alerts;
using ChatBot.Options;
using ChatBot.Telegram.Polling;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Hosting.Web;

/// <summary>
/// Telegram's POST of one update: the secret header checked, the update stored in the inbox (together with the other
/// requests' that arrived meanwhile), then 200. Handling
/// happens from the inbox as in polling mode; a repeated delivery is stored once and acknowledged again.
/// </summary>
internal static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpContext context, WebhookStore store, IOptions<TelegramOptions> options, ILogger<UpdateIngest> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret ?? ""))
        {
            return Results.Unauthorized();
        }
        // Stored as received: parsed once here (for its id, kind and chat), never written back out.
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null)
        {
            return Results.BadRequest();
        }
        try
        {
            await store.StoreAsync(new ReceivedUpdate(update, body), context.RequestAborted).ConfigureAwait(false);
            return Results.Ok();
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Not acknowledged, so Telegram delivers it again.
            logger.LogError("Could not store webhook update {UpdateId}; Telegram will deliver it again: {Error}", update.Id, LogSafe.Describe(ex, stackTrace: true));
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Constant-time: hashing first makes both sides the same length, so not even the length leaks.</summary>
    private static bool SecretMatches(string given, string expected) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
