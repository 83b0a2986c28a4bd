using System.Text;
using ChatBot.Telegram.Replies;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>Documents in and out of admin commands: bounded downloads, JSON exports sent as files.</summary>
public sealed class AdminFiles(ITelegramBotClient bot, TelegramCallPolicy policy)
{
    /// <summary>The document's text, or null with the reason when it is too big or not UTF-8 text.</summary>
    public async Task<(string? Text, DocumentProblem? Problem)> ReadTextAsync(Document document, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.FileSize is { } size && size > maxBytes)
        {
            return (null, new DocumentProblem.TooLarge(size / 1024, maxBytes / 1024));
        }
        using var buffer = new MemoryStream();
        try
        {
            await policy.RunAsync("getFile", null, async ct =>
            {
                buffer.SetLength(0);
                await bot.GetInfoAndDownloadFile(document.FileId, buffer, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is ApiRequestException or RequestException or HttpRequestException
            or IOException or OperationCanceledException)
        {
            // Only the error code: a description from the network is not shown to anyone unredacted.
            return (null, new DocumentProblem.NotDownloaded(ex is ApiRequestException api ? api.ErrorCode : null));
        }
        if (buffer.Length > maxBytes)
        {
            return (null, new DocumentProblem.TooLarge(buffer.Length / 1024, maxBytes / 1024));
        }
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return (text.TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, new DocumentProblem.NotUtf8());
        }
    }

    public Task SendJsonAsync(long chatId, string fileName, string json, string captionHtml, CancellationToken cancellationToken) =>
        policy.RunAsync("sendDocument", chatId, async ct =>
        {
            // A fresh stream per attempt: a retried upload must start from the first byte.
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            await bot.SendDocument(chatId, InputFile.FromStream(stream, fileName), caption: captionHtml, parseMode: ParseMode.Html,
                cancellationToken: ct).ConfigureAwait(false);
        }, cancellationToken);
}
