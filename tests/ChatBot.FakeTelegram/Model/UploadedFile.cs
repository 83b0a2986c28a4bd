namespace ChatBot.FakeTelegram;

/// <summary>A file part of a multipart request.</summary>
public sealed record UploadedFile(string FieldName, string FileName, string? ContentType, byte[] Content);
