using ChatBot.Hosting;
using ChatBot.Telegram;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Replies;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Tests.Unit;

/// <summary>The router with the real services and a substituted Telegram client (no HTTP).</summary>
public sealed class RouterTests : IDisposable
{
    private const long Admin = 500;
    private const long Stranger = 600;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatbot-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly ITelegramBotClient _bot = Substitute.For<ITelegramBotClient>();

    public RouterTests()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "1:x",
            ["Storage:DatabasePath"] = Path.Combine(_directory, "chatbot.db"),
            ["Storage:DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data"),
            ["Bot:AdminUserIds:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging();
        services.AddChatBotCore(config);
        services.AddTelegramBot();
        services.AddBotCommand<PingCommand>();
        services.AddSingleton(_bot);
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
        _services.GetRequiredService<BotIdentity>().Set(99, "test_bot");
        _bot.SendRequest(Arg.Any<HtmlMessageRequest>(), Arg.Any<CancellationToken>()).Returns(new HtmlMessageRequest.Sent());
    }

    [Fact]
    public async Task An_admin_only_command_runs_for_admins_and_is_unknown_to_everyone_else()
    {
        await RouteAsync(Command(Stranger, "/ping"));
        await RouteAsync(Command(Admin, "/ping"));

        Assert.Equal([BotTexts.UnknownCommand, "pong"], SentTexts());
        var catalog = _services.CreateScope().ServiceProvider.GetRequiredService<CommandCatalog>();
        Assert.DoesNotContain(catalog.VisibleTo(Stranger), c => c.Name == "ping");
        Assert.Contains(catalog.VisibleTo(Admin), c => c.Name == "ping");
    }

    [Fact]
    public async Task A_group_message_not_addressed_to_the_bot_is_ignored_and_a_command_for_another_bot_too()
    {
        var chatter = Command(Stranger, "ternopil death toll?");
        chatter.Chat = new Chat { Id = -100, Type = ChatType.Supergroup };
        chatter.Entities = null;
        var otherBot = Command(Stranger, "/help@other_bot");
        otherBot.Chat = new Chat { Id = -100, Type = ChatType.Supergroup };

        await RouteAsync(chatter);
        await RouteAsync(otherBot);

        Assert.Empty(SentTexts());
    }

    [Fact]
    public async Task A_bot_command_entity_running_past_the_text_is_handled_as_plain_text_instead_of_throwing()
    {
        var overlong = Command(Stranger, "/p");
        overlong.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 400 }];
        var empty = Command(Stranger, "/");
        empty.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 1 }];
        var mention = Command(Stranger, "ternopil death toll?");
        mention.Entities = [new MessageEntity { Type = MessageEntityType.TextMention, Offset = 90, Length = 5, User = new User { Id = 99, FirstName = "B" } }];

        await RouteAsync(overlong);
        await RouteAsync(empty);
        await RouteAsync(mention);

        Assert.Equal(3, SentTexts().Count);
        Assert.DoesNotContain(BotTexts.UnknownCommand, SentTexts());
    }

    [Fact]
    public async Task Inline_queries_count_against_the_per_user_flood_limit()
    {
        for (var i = 0; i < 25; i++)
        {
            await using var scope = _services.CreateAsyncScope();
            var query = new InlineQuery { Id = $"q{i}", From = new User { Id = Stranger, FirstName = "U" }, Query = "ternopil death toll?" };
            await scope.ServiceProvider.GetRequiredService<UpdateRouter>().RouteAsync(new Update { Id = 100 + i, InlineQuery = query }, CancellationToken.None);
        }

        var answered = _bot.ReceivedCalls().SelectMany(c => c.GetArguments().OfType<AnswerInlineQueryRequest>()).Count();
        Assert.Equal(20, answered);
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task RouteAsync(Message message)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateRouter>().RouteAsync(new Update { Id = 1, Message = message }, CancellationToken.None);
    }

    private List<string> SentTexts() => _bot.ReceivedCalls()
        .SelectMany(c => c.GetArguments().OfType<HtmlMessageRequest>())
        .Select(r => r.Text)
        .ToList();

    private static Message Command(long userId, string text) => new()
    {
        Id = 7,
        Chat = new Chat { Id = userId, Type = ChatType.Private },
        From = new User { Id = userId, FirstName = "U" },
        Text = text,
        Entities = text.StartsWith('/') ? [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Split(' ')[0].Length }] : null,
    };
}
