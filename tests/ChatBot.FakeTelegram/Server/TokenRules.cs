namespace ChatBot.FakeTelegram;

internal static class TokenRules
{
    /// <summary>"&lt;digits&gt;:&lt;text&gt;", the shape Telegram issues (bot id, colon, secret of [A-Za-z0-9_-]).</summary>
    public static bool IsWellFormed(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || colon > 18 || colon == token.Length - 1)
        {
            return false;
        }

        return token.AsSpan(0, colon).IndexOfAnyExceptInRange('0', '9') < 0
            && token.AsSpan(colon + 1).ContainsAnyExcept(Secret) is false;
    }

    private static readonly System.Buffers.SearchValues<char> Secret =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    /// <summary>Splits "/bot{token}/{method}"; false for any other shape.</summary>
    public static bool TryParseRoute(string path, out string token, out string method)
    {
        token = method = "";
        if (!path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return false;
        }

        var slash = path.IndexOf('/', 4);
        if (slash < 0 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        token = path[4..slash];
        method = path[(slash + 1)..];
        return true;
    }
}
