using ChatBot.Curation.Tests.Support;
using ChatBot.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Curation.Tests.EndToEnd;

/// <summary>/alias with a language through the real bot: the reply, the asker it helps, a bad tag, and a replayed update.</summary>
public sealed class TranslatedAliasCommandTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const string Question = "а що там із тим відрядженням";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await CuratorBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_ukrainian_alias_is_confirmed_with_its_tag_and_answers_a_ukrainian_asker_in_ukrainian()
    {
        var alias = await _bot.AskAsync(Admin, $"/alias delegation-members Q[uk]: {Question}");
        var user = _bot.Fake.CreateUser(languageCode: "uk");

        var reply = await _bot.AskAsync(user.Id, Question);

        Assert.StartsWith("Fact delegation-members has a new Q[uk] question (v2)", alias.Text, StringComparison.Ordinal);
        Assert.Contains($"Q[uk]: {Question}", alias.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Відповідь англійською", reply.Text, StringComparison.Ordinal);
        Assert.Contains("генерал Ренді Джордж", reply.Text, StringComparison.Ordinal);
        // Not an English alternate: the seed's 15 stay 15.
        Assert.Contains("(+15 alternates)", alias.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_by_name_and_nothing_changes()
    {
        var reply = await _bot.AskAsync(Admin, "/alias delegation-members Q[pl]: Kto jest w delegacji?");

        Assert.StartsWith("Nothing changed. /alias has a problem:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Q[pl]: unknown language 'pl'; use one of uk, ru, de, fr, or no tag for an English question", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar("SELECT version FROM facts WHERE id = 'delegation-members'"));
    }

    [Fact]
    public async Task A_translated_alias_handled_again_after_a_crash_resends_its_reply_and_adds_the_question_once()
    {
        // The admin's chat with the bot exists before the update is handled by hand.
        await _bot.AskAsync(Admin, "/help");
        var update = new Update
        {
            Id = 910_001,
            Message = new Message
            {
                Id = 91,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = Admin, Type = ChatType.Private },
                From = new User { Id = Admin, FirstName = "Admin", LanguageCode = "en" },
                Text = $"/alias delegation-members Q[uk]: {Question}",
                Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 6 }],
            },
        };

        await RouteAsync(update);
        await RouteAsync(update);

        var replies = _bot.Fake.SentMessages(Admin).TakeLast(2).ToList();
        Assert.All(replies, r => Assert.StartsWith("Fact delegation-members has a new Q[uk] question (v2)", r.Text, StringComparison.Ordinal));
        Assert.Equal(2L, Scalar("SELECT version FROM facts WHERE id = 'delegation-members'"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM fact_versions WHERE fact_id = 'delegation-members' AND action = 'alias'"));
        Assert.Equal("alias", Scalar($"SELECT command FROM command_receipts WHERE update_id = {update.Id}"));
    }

    private async Task RouteAsync(Update update)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateRouter>().RouteAsync(update, CancellationToken.None);
    }

    private object? Scalar(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
