using System.Text.Json.Serialization;
using ChatBot.Core.Facts;

namespace ChatBot.Storage;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Fact))]
internal sealed partial class StorageJson : JsonSerializerContext;
