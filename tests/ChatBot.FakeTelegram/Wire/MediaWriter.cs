using System.Text.Json;

namespace ChatBot.FakeTelegram;

internal static class MediaWriter
{
    public static void Write(Utf8JsonWriter w, MessageMedia media)
    {
        if (media.Kind == "photo")
        {
            // Telegram sends several sizes; one is enough for a bot to pick "the largest".
            w.WriteStartArray("photo");
            w.WriteStartObject();
            FileFields(w, media.File);
            w.WriteNumber("width", media.Width ?? 800);
            w.WriteNumber("height", media.Height ?? 600);
            w.WriteEndObject();
            w.WriteEndArray();
            return;
        }

        w.WriteStartObject(media.Kind);
        FileFields(w, media.File);
        switch (media.Kind)
        {
            case "document":
                WireWriter.Optional(w, "file_name", media.File.FileName);
                WireWriter.Optional(w, "mime_type", media.File.MimeType);
                break;
            case "sticker":
                w.WriteString("type", "regular");
                w.WriteNumber("width", media.Width ?? 512);
                w.WriteNumber("height", media.Height ?? 512);
                w.WriteBoolean("is_animated", false);
                w.WriteBoolean("is_video", false);
                WireWriter.Optional(w, "emoji", media.Emoji);
                break;
            case "video":
                w.WriteNumber("width", media.Width ?? 640);
                w.WriteNumber("height", media.Height ?? 360);
                w.WriteNumber("duration", media.DurationSeconds ?? 1);
                WireWriter.Optional(w, "mime_type", media.File.MimeType);
                break;
            case "voice":
                w.WriteNumber("duration", media.DurationSeconds ?? 1);
                WireWriter.Optional(w, "mime_type", media.File.MimeType);
                break;
        }

        w.WriteEndObject();
    }

    private static void FileFields(Utf8JsonWriter w, FakeFile file)
    {
        w.WriteString("file_id", file.FileId);
        w.WriteString("file_unique_id", file.FileUniqueId);
        w.WriteNumber("file_size", file.FileSize);
    }
}
