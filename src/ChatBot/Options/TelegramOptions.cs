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

    /// <summary>How updates arrive: <see cref="TelegramMode.Polling"/> (getUpdates) or <see cref="TelegramMode.Webhook"/> (Telegram POSTs them).</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public HTTPS URL registered with setWebhook; the bot serves POSTs on its path.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent to Telegram as secret_token and required on every webhook POST. Never logged.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Whether to call setWebhook at start (webhook mode); every replica may, it is idempotent.</summary>
    public bool RegisterWebhook { get; set; } = true;

    /// <summary>How many webhook requests Telegram may have open at once (its max_connections, 1–100).</summary>
    public int WebhookMaxConnections { get; set; } = 40;

    public bool IsWebhook => Mode == TelegramMode.Webhook;

    /// <summary>Telegram's rule for secret_token: 1–256 characters of A–Z, a–z, 0–9, _ and -.</summary>
    public bool HasValidWebhookSecret => !IsWebhook || SecretPattern().IsMatch(WebhookSecret ?? "");

    public bool HasValidWebhookUrl => !IsWebhook
        || (Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The path the webhook is served on (the path of <see cref="WebhookUrl"/>).</summary>
    public string WebhookPath => Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";

    public bool HasWellFormedToken => TokenPattern().IsMatch(BotToken ?? "");

    public bool HasValidBaseUrl => string.IsNullOrWhiteSpace(ApiBaseUrl)
        || (Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretPattern();
}
