using ChatBot.Core.Conversations;
using ChatBot.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd;

/// <summary>A user talks to the real host through Telegram.Bot and the fake Bot API.</summary>
public sealed class ConversationTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_question_gets_the_count_with_a_blockquote_citation_in_html_without_link_preview()
    {
        var user = Fake.CreateUser("Alice");

        var reply = await _bot.AskAsync(user.Id, user.Id, "ternopil death toll?");

        Assert.Contains("26", reply.Text);
        var quote = Assert.Single(reply.Entities, e => e.Type == "blockquote");
        Assert.Contains("Ternopil", quote.Slice(reply.Text!));
        Assert.Equal("html", reply.ParseMode, ignoreCase: true);
        Assert.True(reply.LinkPreviewOptions!.Value.GetProperty("is_disabled").GetBoolean());
        Assert.DoesNotContain(Fake.RequestsFor("sendChatAction"), r => r.ChatId == user.Id); // instant: no "typing…" to see
        Assert.DoesNotContain(BotHarness.Token, _bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_menu_help_sources_and_fact_commands_answer()
    {
        var user = Fake.CreateUser("Bob");

        var welcome = await _bot.AskAsync(user.Id, user.Id, "/start");
        var help = await _bot.AskAsync(user.Id, user.Id, "/help");
        var sources = await _bot.AskAsync(user.Id, user.Id, "/sources");
        var fact = await _bot.AskAsync(user.Id, user.Id, "/fact ternopil-strike");
        var missing = await _bot.AskAsync(user.Id, user.Id, "/fact <nope>");
        var deepLink = await _bot.AskAsync(user.Id, user.Id, "/start f_ternopil-strike");
        var unknown = await _bot.AskAsync(user.Id, user.Id, "/frobnicate");

        Assert.Contains("peace talks", welcome.Text);
        Assert.Contains("/fact", help.Text);
        Assert.Contains("BBC", sources.Text);
        Assert.Contains("26", fact.Text);
        Assert.Contains("<nope>", missing.Text);
        Assert.Contains("26", deepLink.Text);
        Assert.Contains("don't know that command", unknown.Text);
        var menu = Fake.GetMyCommands().Select(c => c.Command).ToList();
        Assert.Equal(["about", "fact", "forgetme", "help", "language", "latest", "privacy", "sources", "start", "subscribe", "subscriptions", "unsubscribe"], menu.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unanswerable_question_gets_coverage_and_examples_and_is_logged_for_curators()
    {
        var user = Fake.CreateUser();

        var reply = await _bot.AskAsync(user.Id, user.Id, "What will the weather be in Paris tomorrow?");

        Assert.Contains("peace talks", reply.Text);
        Assert.Equal(2, reply.Text!.Count(c => c == '•'));
        var log = _bot.Services.GetRequiredService<IQuestionLog>();
        var unanswered = Assert.Single(await log.GetUnansweredAsync(10));
        Assert.Equal("What will the weather be in Paris tomorrow?", unanswered.Record.Question);
        Assert.Equal(user.Id, unanswered.Record.UserId);
    }

    [Fact]
    public async Task Stickers_photos_and_junk_get_a_clear_reply_and_long_messages_are_refused()
    {
        var user = Fake.CreateUser();
        var seen = Fake.SentMessageCount(user.Id);
        Fake.EnqueueSticker(user.Id, user.Id);
        Fake.EnqueuePhoto(user.Id, user.Id, new byte[16]);
        var replies = await Fake.WaitForMessagesAsync(user.Id, seen + 2, BotHarness.Patience);
        var junk = await _bot.AskAsync(user.Id, user.Id, "?!?! ...");
        var tooLong = await _bot.AskAsync(user.Id, user.Id, string.Concat(Enumerable.Repeat("why ", 400)));
        var html = await _bot.AskAsync(user.Id, user.Id, "<b>ternopil</b> & death toll?");

        Assert.All(replies.Skip(seen), r => Assert.Contains("as text", r.Text));
        Assert.Contains("couldn't find a question", junk.Text);
        Assert.Contains("too long", tooLong.Text);
        Assert.Contains("26", html.Text);
    }

    [Fact]
    public async Task Pressing_did_you_mean_answers_with_that_fact_removes_the_keyboard_and_records_the_choice()
    {
        var user = Fake.CreateUser();
        var question = await QuestionWithAlternativesAsync();

        var offer = await _bot.AskAsync(user.Id, user.Id, question);
        var button = offer.Buttons.First();
        Assert.All(offer.Buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.CallbackData!) <= 64));
        var seen = Fake.SentMessageCount(user.Id);
        var press = Fake.EnqueueCallbackQuery(user.Id, offer, button.CallbackData!);
        var answer = (await Fake.WaitForMessagesAsync(user.Id, seen + 1, BotHarness.Patience))[seen];

        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, "the callback query answered");
        var data = button.CallbackData!;
        var factId = data[(data.LastIndexOf(':') + 1)..];
        Assert.Contains(answer.Buttons, b => b.CallbackData == $"v:u:{data.Split(':')[1]}:{factId}" || b.CallbackData == "v:u:0:" + factId);
        Assert.Empty(Fake.FindMessage(user.Id, offer.MessageId)!.InlineKeyboard);
        var chosen = Assert.Single(await _bot.Services.GetRequiredService<IQuestionLog>().GetChosenAlternativesAsync(10));
        Assert.Equal(factId, chosen.ChosenFactId);
        Assert.Equal(question, chosen.Record.Question);
    }

    [Fact]
    public async Task A_did_you_mean_press_by_someone_other_than_the_asker_gets_the_answer_but_records_nothing()
    {
        var group = Fake.CreateGroup("Choosers");
        var asker = Fake.CreateUser("Asker");
        var other = Fake.CreateUser("Other");
        var offer = await _bot.AskAsync(group.Id, asker.Id, $"@{Fake.Bot.Username} {await QuestionWithAlternativesAsync()}");
        var data = offer.Buttons.First().CallbackData!;
        var factId = data[(data.LastIndexOf(':') + 1)..];

        var seen = Fake.SentMessageCount(group.Id);
        var press = Fake.EnqueueCallbackQuery(other.Id, offer, data);
        var answer = (await Fake.WaitForMessagesAsync(group.Id, seen + 1, BotHarness.Patience))[seen];
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, "the callback query answered");

        Assert.Contains(answer.Buttons, b => b.CallbackData == $"v:u:{data.Split(':')[1]}:{factId}" || b.CallbackData == "v:u:0:" + factId);
        Assert.Empty(await _bot.Services.GetRequiredService<IQuestionLog>().GetChosenAlternativesAsync(10));
    }

    [Fact]
    public async Task In_a_group_the_bot_answers_mentions_and_replies_only_and_quotes_the_asker()
    {
        var group = Fake.CreateGroup("Peace watchers");
        var user = Fake.CreateUser("Carol");
        var username = Fake.Bot.Username;

        var chatter = Fake.EnqueueMessage(group.Id, user.Id, "ternopil death toll? asking nobody in particular");
        var reply = await _bot.AskAsync(group.Id, user.Id, $"@{username} ternopil death toll?");
        var followUp = await _bot.AskAsync(group.Id, user.Id, "Who is leading the US delegation to Ukraine?", replyTo: reply.MessageId);

        Assert.Null(Fake.UpdateDeliveries(chatter));
        Assert.Equal(2, Fake.SentMessageCount(group.Id));
        Assert.Contains("26", reply.Text);
        Assert.Equal(Fake.InjectedMessage(chatter + 1)!.MessageId, reply.ReplyToMessageId);
        Assert.Contains("Driscoll", followUp.Text);
    }

    [Fact]
    public async Task An_inline_query_is_answered_with_matching_fact_articles()
    {
        var user = Fake.CreateUser("Dan", "dan");
        var query = Fake.EnqueueInlineQuery(user.Id, "ternopil death toll");

        var answer = await Fake.WaitForRequestAsync("answerInlineQuery", BotHarness.Patience);

        Assert.Equal(query.QueryId, answer.Param("inline_query_id"));
        var first = answer.ParamAsJson("results")!.Value[0];
        Assert.Equal("ternopil-strike", first.GetProperty("id").GetString());
        Assert.Contains("<blockquote>", first.GetProperty("input_message_content").GetProperty("message_text").GetString());
        Assert.True(Fake.IsQueryAnswered(query.QueryId));
    }

    private async Task<string> QuestionWithAlternativesAsync()
    {
        var answerer = _bot.Services.GetRequiredService<ChatBot.Core.Answering.QuestionAnswerer>();
        foreach (var candidate in new[] { "kellogg", "ceasefire", "peace plan", "driscoll", "delegation" })
        {
            if ((await answerer.AnswerAsync(candidate)).Alternatives.Count > 0)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No candidate question has alternatives; the matcher changed and this test needs a new one.");
    }
}
