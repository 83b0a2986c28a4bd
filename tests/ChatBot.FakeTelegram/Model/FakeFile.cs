namespace ChatBot.FakeTelegram;

/// <summary>A stored file: what <c>getFile</c> describes and <c>/file/bot{token}/{FilePath}</c> serves.</summary>
public sealed record FakeFile(
    string FileId,
    string FileUniqueId,
    string FilePath,
    string? FileName,
    string? MimeType,
    long FileSize);
