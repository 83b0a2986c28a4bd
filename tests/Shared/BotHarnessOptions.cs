using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.TestSupport;

/// <summary>What a test changes about the bot <see cref="BotHarness"/> starts; the rest is the harness's defaults.</summary>
public sealed class BotHarnessOptions
{
    /// <summary>Telegram user ids the bot treats as admins (none by default, as in production).</summary>
    public IReadOnlyList<long> AdminIds { get; init; } = [];

    /// <summary>Configuration keys set over the harness's defaults.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Serve HTTP (Kestrel on 127.0.0.1:0) in polling mode too; webhook mode (<c>Telegram:Mode</c>) always does.</summary>
    public bool Web { get; init; }

    /// <summary>
    /// Another harness's fake Bot API, for a second replica of one bot (replicas share Telegram); in webhook mode it is
    /// added to the fake's proxies, so POSTs alternate between them. Null: a fake of its own, disposed with the harness.
    /// </summary>
    public ChatBot.FakeTelegram.FakeBotApi? Fake { get; init; }

    /// <summary>Runs after the production registrations, so a test command is added and a replaced service (a clock) wins.</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
