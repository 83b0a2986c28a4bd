using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.FakeTelegram.Tests;

/// <summary>Plain HTTP against the fake, for what the typed client hides: status codes, exact bodies, form encodings.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> SendAsync(HttpClient http, HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static Task<(int Status, string Body)> PostJsonAsync(HttpClient http, string url, object body) =>
        SendAsync(http, HttpMethod.Post, url, JsonContent.Create(body));

    public static JsonElement Parse(string body) => JsonSerializer.Deserialize<JsonElement>(body);
}
