namespace ChatBot.Core.Curation.Parsing;

/// <summary>One "Name: value" field of an admin message; <see cref="Value"/> includes continuation lines.</summary>
public sealed record FieldLine(string Name, string Value, int LineNumber);
