using System.Text.Json.Serialization;
using ChatBot.Core.Facts;

namespace ChatBot.Storage;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Fact))]
[JsonSerializable(typeof(FactTranslation[]))]
internal sealed partial class StorageJson : JsonSerializerContext;
