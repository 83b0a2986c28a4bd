namespace ChatBot.Core.Facts;

/// <summary>A source document that quotes are checked against.</summary>
public sealed record Source(
    string Id,
    string Title,
    string Outlet,
    string? Url,
    DateOnly? Published,
    string Text);
