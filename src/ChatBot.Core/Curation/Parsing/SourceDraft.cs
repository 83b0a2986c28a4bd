namespace ChatBot.Core.Curation.Parsing;

/// <summary>A source as an admin described it, before it has an id.</summary>
public sealed record SourceDraft(string Title, string Outlet, string? Url, DateOnly Published, string Text);
