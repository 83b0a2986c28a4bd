using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>An edited question is answered again, in the bot's earlier answer when there was one.</summary>
public sealed class EditedQuestionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Editing_a_question_edits_the_earlier_answer_in_place()
    {
        var user = Fake.CreateUser("Eve");
        var update = Fake.EnqueueMessage(user.Id, user.Id, "what is the capital of peru?");
        var first = (await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience))[0];
        var question = Fake.InjectedMessage(update)!;

        Fake.EnqueueEditedMessage(user.Id, question.MessageId, "ternopil death toll?");
        await Fake.WaitForAsync(() => Fake.FindMessage(user.Id, first.MessageId)?.Text?.Contains("26", StringComparison.Ordinal) == true,
            BotHarness.Patience, "the answer edited to the new question");

        Assert.Equal(1, Fake.SentMessageCount(user.Id));
        Assert.Single(Fake.RequestsFor("editMessageText"));
        Assert.Contains("edited_message", Fake.RequestsFor("getUpdates")[^1].Parameters.GetProperty("allowed_updates").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_the_answer_depends_on_leaves_the_answer_alone()
    {
        var user = Fake.CreateUser("Eve");
        var update = Fake.EnqueueMessage(user.Id, user.Id, "ternopil death toll?");
        await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience);

        Fake.EnqueueEditedMessage(user.Id, Fake.InjectedMessage(update)!.MessageId, "ternopil death toll ?");
        await Fake.WaitForRequestAsync("editMessageText", BotHarness.Patience);
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the inbox to drain");

        Assert.Equal(1, Fake.SentMessageCount(user.Id));
    }

    [Fact]
    public async Task An_edit_that_first_addresses_the_bot_in_a_group_gets_a_new_reply()
    {
        var user = Fake.CreateUser("Gil");
        var group = Fake.CreateGroup("Editors");
        var update = Fake.EnqueueMessage(group.Id, user.Id, "ternopil death toll?");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);

        Fake.EnqueueEditedMessage(group.Id, Fake.InjectedMessage(update)!.MessageId, "@test_chat_bot ternopil death toll?");
        var reply = (await Fake.WaitForMessagesAsync(group.Id, 1, BotHarness.Patience))[0];

        Assert.Contains("26", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Fake.RequestsFor("editMessageText"));
    }

    [Fact]
    public async Task Each_edit_is_answered_exactly_once_even_across_a_restart()
    {
        var user = Fake.CreateUser("Ivy");
        var update = Fake.EnqueueMessage(user.Id, user.Id, "what is the capital of peru?");
        var answer = (await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience))[0];
        var id = Fake.InjectedMessage(update)!.MessageId;

        Fake.EnqueueEditedMessage(user.Id, id, "ternopil death toll?");
        await Fake.WaitForAsync(() => Fake.RequestsFor("editMessageText").Count == 1, BotHarness.Patience, "the first edit's answer");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await _bot.StopHostAsync();
        await _bot.StartHostAsync();
        Fake.EnqueueEditedMessage(user.Id, id, "who leads the delegation?");
        await Fake.WaitForAsync(() => Fake.RequestsFor("editMessageText").Count == 2, BotHarness.Patience, "the second edit's answer");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the inbox to drain");

        Assert.Equal(1, Fake.SentMessageCount(user.Id));
        Assert.Equal(2, Fake.RequestsFor("editMessageText").Count);
        Assert.Contains("Driscoll", Fake.FindMessage(user.Id, answer.MessageId)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_command_is_not_run_again()
    {
        var user = Fake.CreateUser("Ned");
        var update = Fake.EnqueueMessage(user.Id, user.Id, "/help");
        await Fake.WaitForMessagesAsync(user.Id, 1, BotHarness.Patience);

        Fake.EnqueueEditedMessage(user.Id, Fake.InjectedMessage(update)!.MessageId, "/sources");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the inbox to drain");

        Assert.Equal(1, Fake.SentMessageCount(user.Id));
    }
}
