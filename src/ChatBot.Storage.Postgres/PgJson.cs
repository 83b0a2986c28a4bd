using System.Text.Json.Serialization;
using ChatBot.Core.Facts;

namespace ChatBot.Storage.Postgres;

/// <summary>The same JSON as the SQLite store writes (lists, version snapshots), so an export reads alike from both.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Fact))]
[JsonSerializable(typeof(FactTranslation[]))]
internal sealed partial class PgJson : JsonSerializerContext;
