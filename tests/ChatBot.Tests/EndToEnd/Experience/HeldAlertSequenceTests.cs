using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>
/// A held /editfact alert is sent only while the answer it announces is still the fact's answer: subscribers never get
/// an older version after a newer one, and the admin is told which version superseded it.
/// </summary>
public sealed class HeldAlertSequenceTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private const string Fact = "ternopil-strike";
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Send_alert_on_a_version_whose_answer_a_newer_alerted_version_replaced_sends_nothing_and_says_which_version_superseded_it()
    {
        var sue = await SubscriberAsync();
        var preview = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nA: At least 27 people were killed.");
        await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nNotify: yes\nA: At least 28 people were killed.");
        var newer = (await Fake.WaitForMessagesAsync(sue.Id, 2, BotHarness.Patience))[1];

        await PressAsync(preview, "Send alert");

        Assert.StartsWith("Update: At least 28 people were killed.", newer.Text, StringComparison.Ordinal);
        var said = Fake.FindMessage(Admin, preview.MessageId)!.Text!;
        Assert.Contains($"No alert sent for {Fact} v2: v3 changed its answer since, and its alert was sent.", said, StringComparison.Ordinal);
        Assert.Empty(Fake.FindMessage(Admin, preview.MessageId)!.Buttons);
        Assert.Equal(2, Fake.SentMessageCount(sue.Id));
    }

    [Fact]
    public async Task Send_alert_on_a_version_retracted_since_sends_nothing_and_says_it_was_retracted()
    {
        var sue = await SubscriberAsync();
        var preview = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nA: At least 27 people were killed.");
        await _bot.AskAsync(Admin, Admin, $"/delfact {Fact}");
        var retraction = (await Fake.WaitForMessagesAsync(sue.Id, 2, BotHarness.Patience))[1];

        await PressAsync(preview, "Send alert");

        Assert.StartsWith("Retracted:", retraction.Text, StringComparison.Ordinal);
        Assert.Contains($"No alert sent for {Fact} v2: v3 retracted the fact since, and its alert was sent.",
            Fake.FindMessage(Admin, preview.MessageId)!.Text, StringComparison.Ordinal);
        Assert.Equal(2, Fake.SentMessageCount(sue.Id));
    }

    [Fact]
    public async Task Send_alert_still_sends_after_a_later_version_that_kept_the_answer()
    {
        var sue = await SubscriberAsync();
        var preview = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nA: At least 27 people were killed.");
        await _bot.AskAsync(Admin, Admin, $"/alias {Fact} how many died in the ternopil strike so far");

        await PressAsync(preview, "Send alert");
        var alert = (await Fake.WaitForMessagesAsync(sue.Id, 2, BotHarness.Patience))[1];

        Assert.StartsWith("Update: At least 27 people were killed.", alert.Text, StringComparison.Ordinal);
        Assert.Contains($"Alert for {Fact} v2 queued for 1 subscriber.", Fake.FindMessage(Admin, preview.MessageId)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_alert_pressed_right_after_dont_alert_on_the_same_preview_sends_nothing()
    {
        var sue = await SubscriberAsync();
        var preview = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nA: At least 27 people were killed.");

        // A double tap: both presses leave before the first one's reply takes the buttons away.
        Fake.PressButton(Admin, preview, "Don't alert");
        await PressAsync(preview, "Send alert");

        Assert.DoesNotContain(Fake.SentMessages(Admin), m => m.Text!.Contains("queued for", StringComparison.Ordinal));
        Assert.Contains($"No alert sent for {Fact} v2.", Fake.FindMessage(Admin, preview.MessageId)!.Text, StringComparison.Ordinal);
        // The outbox itself, not only what has been delivered so far: a queued alert would be listed here.
        var alerts = await _bot.AskAsync(Admin, Admin, "/alerts");
        Assert.Equal("No alerts yet.", alerts.Text);
        Assert.Equal(1, Fake.SentMessageCount(sue.Id)); // the /subscribe reply only
    }

    private async Task<FakeUser> SubscriberAsync()
    {
        var sue = Fake.CreateUser("Sue");
        await _bot.AskAsync(sue.Id, sue.Id, "/subscribe");
        return sue;
    }

    private async Task PressAsync(FakeMessage preview, string button)
    {
        var press = Fake.PressButton(Admin, preview, button);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(press.QueryId), BotHarness.Patience, $"the press on {button} answered");
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the press handled");
    }
}
