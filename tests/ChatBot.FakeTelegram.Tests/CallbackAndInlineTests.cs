using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.FakeTelegram.Tests;

public sealed class CallbackAndInlineTests : FakeApiTestBase
{
    [Fact]
    public async Task Callback_query_round_trip_lets_the_bot_answer_and_edit_its_message()
    {
        var user = Fake.CreateUser("Alice");
        var chat = Fake.CreatePrivateChat(user);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "answer:yes"));
        var sent = await Bot.SendMessage(chat.Id, "Subscribe?", replyMarkup: keyboard);

        var pressed = Fake.PressButton(user.Id, Fake.SentMessages(chat.Id).Single(), "Yes");
        var update = Assert.Single(await Bot.GetUpdates());
        var query = update.CallbackQuery!;
        await Bot.AnswerCallbackQuery(query.Id, "Subscribed");
        await Bot.EditMessageText(query.Message!.Chat.Id, query.Message.Id, "Subscribed ✅");

        Assert.Equal(pressed.UpdateId, update.Id);
        Assert.Equal(pressed.QueryId, query.Id);
        Assert.Equal("answer:yes", query.Data);
        Assert.Equal(user.Id, query.From.Id);
        Assert.False(string.IsNullOrEmpty(query.ChatInstance));
        Assert.Equal(sent.Id, query.Message.Id);
        Assert.Equal("answer:yes", query.Message.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.True(Fake.IsQueryAnswered(pressed.QueryId));
        var edited = Fake.SentMessages(chat.Id).Single();
        Assert.Equal("Subscribed ✅", edited.Text);
        Assert.Empty(edited.InlineKeyboard);
        Assert.NotNull(edited.EditDate);
    }

    [Fact]
    public async Task Answering_a_callback_query_twice_or_with_a_made_up_id_fails()
    {
        var user = Fake.CreateUser();
        var chat = Fake.CreatePrivateChat(user);
        await Bot.SendMessage(chat.Id, "Go?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", "go")));
        var pressed = Fake.EnqueueCallbackQuery(user.Id, Fake.SentMessages(chat.Id)[0], "go");

        await Bot.AnswerCallbackQuery(pressed.QueryId);
        var twice = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.AnswerCallbackQuery(pressed.QueryId));
        var madeUp = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.AnswerCallbackQuery(pressed.UpdateId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", twice.Message);
        Assert.Equal(400, madeUp.ErrorCode);
    }

    [Fact]
    public async Task Pressing_a_button_the_message_does_not_have_is_a_test_error()
    {
        var user = Fake.CreateUser();
        var chat = Fake.CreatePrivateChat(user);
        await Bot.SendMessage(chat.Id, "no buttons");

        Assert.Throws<ArgumentException>(() => Fake.EnqueueCallbackQuery(user.Id, Fake.SentMessages(chat.Id)[0], "ghost"));
    }

    [Fact]
    public async Task Inline_query_is_delivered_and_the_answer_recorded()
    {
        var user = Fake.CreateUser("Alice", "alice");
        var injected = Fake.EnqueueInlineQuery(user.Id, "weather");

        var query = Assert.Single(await Bot.GetUpdates()).InlineQuery!;
        await Bot.AnswerInlineQuery(query.Id, [new InlineQueryResultArticle("1", "Sunny", new InputTextMessageContent("It is sunny"))]);
        var answer = await Fake.WaitForRequestAsync("answerInlineQuery", Patience);

        Assert.Equal("weather", query.Query);
        Assert.Equal("alice", query.From.Username);
        Assert.Equal(injected.QueryId, answer.Param("inline_query_id"));
        var result = answer.ParamAsJson("results")!.Value[0];
        Assert.Equal("article", result.GetProperty("type").GetString());
        Assert.Equal("Sunny", result.GetProperty("title").GetString());
        Assert.True(Fake.IsQueryAnswered(injected.QueryId));
    }

    [Fact]
    public async Task Inline_answer_with_duplicate_result_ids_is_rejected()
    {
        var user = Fake.CreateUser();
        var injected = Fake.EnqueueInlineQuery(user.Id, "q");
        InlineQueryResult[] results =
        [
            new InlineQueryResultArticle("same", "A", new InputTextMessageContent("a")),
            new InlineQueryResultArticle("same", "B", new InputTextMessageContent("b")),
        ];

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.AnswerInlineQuery(injected.QueryId, results));

        Assert.Equal("Bad Request: RESULT_ID_DUPLICATE", ex.Message);
    }
}
