namespace ChatBot.FakeTelegram;

internal sealed record WebhookState(string Url, IReadOnlyList<string>? AllowedUpdates, int? MaxConnections, string? SecretToken)
{
    public static WebhookState None { get; } = new("", null, null, null);

    public bool IsSet => Url.Length > 0;
}
