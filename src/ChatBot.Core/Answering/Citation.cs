namespace ChatBot.Core.Answering;

/// <summary>A quote with the details of the source it comes from, ready to show.</summary>
public sealed record Citation(
    string Quote,
    string SourceId,
    string SourceTitle,
    string Outlet,
    string? Url,
    DateOnly? Published);
