using ChatBot.Telegram.Commands;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.EndToEnd;

/// <summary>How later issues plug in admin commands: one class, one AddBotCommand line.</summary>
public sealed class AdminCommandTests : IAsyncLifetime
{
    private const long AdminId = 4242;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(
        new() { AdminIds = [AdminId], Services = services => services.AddBotCommand<PingCommand>() });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Admin_commands_are_in_the_admins_menu_only_and_unknown_to_other_users()
    {
        var fake = _bot.Fake;
        var admin = fake.AddUser(new ChatBot.FakeTelegram.FakeUser(AdminId, "Admin"));
        var user = fake.CreateUser();

        var pong = await _bot.AskAsync(admin.Id, admin.Id, "/ping");
        var refused = await _bot.AskAsync(user.Id, user.Id, "/ping");
        var unknown = await _bot.AskAsync(user.Id, user.Id, "/nosuchcommand");

        Assert.Equal("pong", pong.Text);
        Assert.Equal(unknown.Text, refused.Text);
        Assert.DoesNotContain(fake.GetMyCommands(), c => c.Command == "ping");
        Assert.Contains(fake.GetMyCommands("chat", chatId: AdminId), c => c.Command == "ping");
    }
}
