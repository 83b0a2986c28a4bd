using ChatBot.FakeTelegram;
using ChatBot.Telegram.Commands.Admin;

namespace ChatBot.Curation.Tests.Support;

/// <summary>The real bot with the curation commands, and its admin known to the fake Bot API as a user.</summary>
internal static class CuratorBot
{
    public static async Task<BotHarness> StartAsync()
    {
        var bot = await BotHarness.StartAsync(new() { AdminIds = [BotHarness.AdminId], Services = s => s.AddCurationCommands() });
        bot.Fake.AddUser(new FakeUser(BotHarness.AdminId, "Admin"));
        return bot;
    }
}
