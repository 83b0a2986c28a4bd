using System.Globalization;

namespace ChatBot.FakeTelegram;

/// <summary>Files injected by tests or uploaded by the bot, by file_id and by download path.</summary>
internal sealed class FileStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (FakeFile Meta, byte[] Content)> _byId = [];
    private readonly Dictionary<string, string> _idByPath = [];
    private long _counter;

    public FakeFile Add(string folder, string? fileName, string? mimeType, byte[] content)
    {
        lock (_gate)
        {
            var n = ++_counter;
            var ext = Path.GetExtension(fileName ?? "");
            var meta = new FakeFile(
                FileId: "BQACAgIAAxkBAAI" + n.ToString("D8", CultureInfo.InvariantCulture),
                FileUniqueId: "AgAD" + n.ToString("D6", CultureInfo.InvariantCulture),
                FilePath: $"{folder}/file_{n}{ext}",
                FileName: fileName,
                MimeType: mimeType,
                FileSize: content.LongLength);
            _byId[meta.FileId] = (meta, content);
            _idByPath[meta.FilePath] = meta.FileId;
            return meta;
        }
    }

    public FakeFile? Find(string fileId)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(fileId, out var f) ? f.Meta : null;
        }
    }

    public byte[]? Content(string fileId)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(fileId, out var f) ? f.Content : null;
        }
    }

    public (FakeFile Meta, byte[] Content)? FindByPath(string path)
    {
        lock (_gate)
        {
            return _idByPath.TryGetValue(path, out var id) ? _byId[id] : null;
        }
    }
}
