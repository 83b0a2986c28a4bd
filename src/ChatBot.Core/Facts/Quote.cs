namespace ChatBot.Core.Facts;

/// <summary>A passage that must occur verbatim in the text of <see cref="SourceId"/>.</summary>
public sealed record Quote(string SourceId, string Text);
