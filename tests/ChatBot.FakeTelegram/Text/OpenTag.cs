namespace ChatBot.FakeTelegram;

/// <summary>A start tag waiting for its end tag; <see cref="Start"/> is the UTF-16 offset in the output text.</summary>
internal sealed class OpenTag(string name, int start, string? argument)
{
    public string Name { get; } = name;

    public int Start { get; } = start;

    /// <summary>href, class, emoji-id or "expandable", depending on the tag.</summary>
    public string? Argument { get; } = argument;

    /// <summary>For pre: the language taken from a nested &lt;code class="language-…"&gt;.</summary>
    public string? Language { get; set; }
}
