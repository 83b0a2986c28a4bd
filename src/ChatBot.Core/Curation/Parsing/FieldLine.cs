namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// One "Name: value" field of an admin message; <see cref="Value"/> includes continuation lines. <see cref="Language"/>
/// is the tag of a translated field ("A[uk]: …" → "uk"), null for the English one.
/// </summary>
public sealed record FieldLine(string Name, string Value, int LineNumber, string? Language = null);
