namespace ChatBot.Core.Curation.Transfer;

public sealed record SourceEntry(string? Id, string? Title, string? Outlet, string? Url, string? Published, string? Text);
