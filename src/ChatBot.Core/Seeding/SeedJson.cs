using System.Text.Json.Serialization;

namespace ChatBot.Core.Seeding;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SeedFile))]
internal sealed partial class SeedJson : JsonSerializerContext;
