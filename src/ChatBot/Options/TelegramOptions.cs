using System.Text.RegularExpressions;

namespace ChatBot.Options;

public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather, "&lt;bot id&gt;:&lt;secret&gt;". Never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Another Bot API server (a local one, or a test fake); empty means api.telegram.org.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>How long one getUpdates long poll may wait on the server.</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    public bool HasWellFormedToken => TokenPattern().IsMatch(BotToken ?? "");

    public bool HasValidBaseUrl => string.IsNullOrWhiteSpace(ApiBaseUrl)
        || (Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
