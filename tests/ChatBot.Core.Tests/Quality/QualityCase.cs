namespace ChatBot.Core.Tests.Quality;

public sealed record QualityCase(string Question, string? Expect, string Style, string Set = "");
