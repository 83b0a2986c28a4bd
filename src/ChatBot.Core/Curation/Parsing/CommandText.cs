namespace ChatBot.Core.Curation.Parsing;

/// <summary>A command message split into its command word, the rest of the first line, and the following lines.</summary>
public sealed record CommandText(string Command, string Arguments, string Body)
{
    public static CommandText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart();
        var newline = normalized.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? normalized : normalized[..newline];
        var body = newline < 0 ? string.Empty : normalized[(newline + 1)..];
        var space = first.IndexOfAny([' ', '\t']);
        var command = space < 0 ? first : first[..space];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            command = command[..at];
        }
        var arguments = space < 0 ? string.Empty : first[(space + 1)..].Trim();
        return new CommandText(command.ToLowerInvariant(), arguments, body);
    }

    /// <summary>The body with anything written after the command on its first line put back in front.</summary>
    public string FullBody => Arguments.Length == 0 ? Body : Arguments + "\n" + Body;
}
