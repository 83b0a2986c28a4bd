using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>Commands per (scope, language) and menu buttons per chat, as set by the bot.</summary>
internal sealed class CommandRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlyList<BotCommandInfo>> _commands = [];
    private readonly Dictionary<long, JsonElement> _menuButtons = [];
    private JsonElement? _defaultMenuButton;

    public static string Key(string scopeType, long? chatId, long? userId, string? languageCode) =>
        $"{scopeType}|{chatId}|{userId}|{languageCode}";

    public void Set(string key, IReadOnlyList<BotCommandInfo> commands)
    {
        lock (_gate)
        {
            _commands[key] = commands;
        }
    }

    public void Delete(string key)
    {
        lock (_gate)
        {
            _commands.Remove(key);
        }
    }

    public IReadOnlyList<BotCommandInfo> Get(string key)
    {
        lock (_gate)
        {
            return _commands.GetValueOrDefault(key) ?? [];
        }
    }

    public void SetMenuButton(long? chatId, JsonElement? button)
    {
        lock (_gate)
        {
            if (chatId is null)
            {
                _defaultMenuButton = button;
            }
            else if (button is null)
            {
                _menuButtons.Remove(chatId.Value);
            }
            else
            {
                _menuButtons[chatId.Value] = button.Value;
            }
        }
    }

    public JsonElement? GetMenuButton(long? chatId)
    {
        lock (_gate)
        {
            return chatId is not null && _menuButtons.TryGetValue(chatId.Value, out var b) ? b : _defaultMenuButton;
        }
    }
}
