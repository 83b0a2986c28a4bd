using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Rendering;

namespace ChatBot.Cli;

/// <summary>One answer as exactly one JSON line, fields in the documented order.</summary>
internal static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(AnswerOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("question", outcome.Question);
            w.WriteBoolean("answered", outcome.Answered);
            w.WriteString("answer", outcome.Fact?.Answer);
            w.WriteNumber("confidence", Math.Round(outcome.Confidence, 3));
            w.WriteString("factId", outcome.Fact?.Id);
            w.WriteStartArray("citations");
            foreach (var c in outcome.Citations)
            {
                w.WriteStartObject();
                w.WriteString("quote", c.Quote);
                w.WriteString("source", c.Outlet);
                w.WriteString("url", c.Url);
                w.WriteString("published", c.Published is { } p ? Dates.Iso(p) : null);
                w.WriteString("sourceId", c.SourceId);
                w.WriteString("title", c.SourceTitle);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("alternatives");
            foreach (var a in outcome.Alternatives)
            {
                w.WriteStartObject();
                w.WriteString("factId", a.FactId);
                w.WriteString("question", a.Question);
                w.WriteNumber("confidence", Math.Round(a.Confidence, 3));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (outcome.Passage is { } passage)
            {
                // The source's own words for a question no fact answers: not a verified answer, so apart from "answer".
                w.WriteStartObject("passage");
                w.WriteString("quote", passage.Text);
                w.WriteString("source", passage.Citation.Outlet);
                w.WriteString("url", passage.Citation.Url);
                w.WriteString("published", passage.Citation.Published is { } p ? Dates.Iso(p) : null);
                w.WriteString("sourceId", passage.Citation.SourceId);
                w.WriteString("title", passage.Citation.SourceTitle);
                w.WriteNumber("confidence", Math.Round(passage.Confidence, 3));
                w.WriteEndObject();
            }
            if (outcome.Fact is { } fact)
            {
                w.WriteString("asOf", Dates.Iso(fact.AsOf));
            }
            w.WriteString("language", outcome.Language);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
