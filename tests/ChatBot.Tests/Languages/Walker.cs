using System.Text.Json;
using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.FakeTelegram;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Languages;

/// <summary>Drives one user through the bot and collects every text they were shown: messages, buttons, toasts, inline results.</summary>
internal sealed class Walker(BotHarness bot, long userId)
{
    private FakeBotApi Fake => bot.Fake;

    /// <summary>The user's message in a chat (their private chat by default); returns the bot's reply.</summary>
    public Task<FakeMessage> AskAsync(string text, long? chatId = null) => bot.AskAsync(chatId ?? userId, userId, text);

    /// <summary>Presses a button and waits until the press is handled (answered, and its update done).</summary>
    public async Task PressAsync(FakeMessage message, string callbackData)
    {
        var press = Fake.EnqueueCallbackQuery(userId, message, callbackData);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, "the press to be answered");
        await DrainAsync();
    }

    public async Task DrainAsync()
    {
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the inbox to drain");
    }

    /// <summary>
    /// What the bot rightly shows as curated: facts' questions, answers (and their curated translations, which keep
    /// names such as "BBC" in Latin letters), quotes, tags and ids, sources' titles and outlets.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> ContentAsync()
    {
        var store = bot.Services.GetRequiredService<IFactStore>();
        var content = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in await store.GetActiveFactsAsync())
        {
            content.UnionWith(f.AllQuestions.Append(f.Answer).Append(f.Id).Concat(f.Quotes.Select(q => q.Text)));
            content.UnionWith(f.Translations.SelectMany(t => t.Questions).Concat(f.Translations.Select(t => t.Answer).OfType<string>()));
            content.UnionWith(f.Tags.Concat(f.Tags.Select(Topics.Normalize)));
        }
        foreach (var s in await store.GetSourcesAsync())
        {
            content.UnionWith([s.Title, s.Outlet, s.Id]);
        }
        return content;
    }

    /// <summary>Every Latin word shown to the user, with where it was shown, once the content is taken out.</summary>
    public IReadOnlyList<string> LatinShown(IReadOnlyCollection<string> content, IEnumerable<long> chats)
    {
        var found = new List<string>();
        foreach (var m in chats.SelectMany(Fake.SentMessages).Where(m => !m.IsDeleted))
        {
            found.AddRange(LatinWords.InMessage(m, content).Select(w => $"'{w}' in message: {m.Text}"));
            found.AddRange(m.Buttons.SelectMany(b => LatinWords.InText(b.Text, content).Select(w => $"'{w}' on button: {b.Text}")));
        }
        foreach (var toast in Fake.RequestsFor("answerCallbackQuery").Select(r => Text(r.Parameters, "text")).OfType<string>())
        {
            found.AddRange(LatinWords.InText(toast, content).Select(w => $"'{w}' in toast: {toast}"));
        }
        foreach (var answer in Fake.RequestsFor("answerInlineQuery").Select(r => r.Parameters))
        {
            if (answer.TryGetProperty("button", out var button) && Text(button, "text") is { } label)
            {
                found.AddRange(LatinWords.InText(label, content).Select(w => $"'{w}' on inline button: {label}"));
            }
            foreach (var result in answer.TryGetProperty("results", out var results) ? results.EnumerateArray() : default)
            {
                var html = Text(result.GetProperty("input_message_content"), "message_text") ?? "";
                found.AddRange(LatinWords.InHtml(html, content).Select(w => $"'{w}' in inline result: {html}"));
            }
        }
        return found;
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
