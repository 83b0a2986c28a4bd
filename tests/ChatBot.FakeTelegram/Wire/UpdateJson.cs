using System.Buffers;
using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>Serialises an update once, when it is queued; getUpdates then copies the bytes.</summary>
internal static class UpdateJson
{
    public static byte[] Build(long updateId, string type, Action<Utf8JsonWriter> writePayload)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("update_id", updateId);
            w.WritePropertyName(type);
            writePayload(w);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
