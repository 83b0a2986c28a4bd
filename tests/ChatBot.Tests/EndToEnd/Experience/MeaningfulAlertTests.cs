using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>Retractions and restores reach followers; /editfact asks the admin before alerting.</summary>
public sealed class MeaningfulAlertTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private const string Fact = "ternopil-strike";
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_retraction_alerts_followers_and_a_restore_says_what_it_restores()
    {
        var sue = await SubscriberAsync();

        var retired = await _bot.AskAsync(Admin, Admin, $"/delfact {Fact}");
        var retraction = (await Fake.WaitForMessagesAsync(sue.Id, 2, BotHarness.Patience))[1];
        var restored = await _bot.AskAsync(Admin, Admin, $"/restorefact {Fact}");
        var restore = (await Fake.WaitForMessagesAsync(sue.Id, 3, BotHarness.Patience))[2];

        Assert.Contains("retired", retired.Text, StringComparison.Ordinal);
        Assert.StartsWith("Retracted:", retraction.Text, StringComparison.Ordinal);
        Assert.Contains("(was: ", retraction.Text, StringComparison.Ordinal);
        Assert.Contains("26", retraction.Text, StringComparison.Ordinal);
        Assert.Contains("restored", restored.Text, StringComparison.Ordinal);
        Assert.StartsWith("Restored:", restore.Text, StringComparison.Ordinal);
        Assert.Contains("26", restore.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editfact_without_notify_previews_the_alert_and_sends_it_only_when_the_admin_says_so()
    {
        var sue = await SubscriberAsync();

        var preview = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nA: At least 27 people were killed.");
        Assert.Contains("Alert preview", preview.Text, StringComparison.Ordinal);
        Assert.Contains("(was: ", preview.Text, StringComparison.Ordinal);
        Assert.Equal(["Send alert", "Don't alert"], preview.Buttons.Select(b => b.Text));
        Assert.Equal(1, Fake.SentMessageCount(sue.Id));

        var press = Fake.PressButton(Admin, preview, "Send alert");
        var alert = (await Fake.WaitForMessagesAsync(sue.Id, 2, BotHarness.Patience))[1];
        await Fake.WaitForAsync(() => Fake.FindMessage(Admin, preview.MessageId)!.Text!.Contains("queued for 1 subscriber", StringComparison.Ordinal),
            BotHarness.Patience, "the preview to say the alert was queued");

        Assert.True(Fake.IsQueryAnswered(press.QueryId));
        Assert.StartsWith("Update: At least 27 people were killed.", alert.Text, StringComparison.Ordinal);
        Assert.Empty(Fake.FindMessage(Admin, preview.MessageId)!.Buttons);
    }

    [Fact]
    public async Task Dont_alert_sends_nothing_and_notify_yes_or_no_skips_the_question()
    {
        var sue = await SubscriberAsync();

        var preview = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nA: At least 27 people were killed.");
        Fake.PressButton(Admin, preview, "Don't alert");
        await Fake.WaitForAsync(() => Fake.FindMessage(Admin, preview.MessageId)!.Text!.Contains("No alert sent", StringComparison.Ordinal),
            BotHarness.Patience, "the preview to say no alert was sent");
        var silent = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nNotify: no\nA: At least 28 people were killed.");
        var loud = await _bot.AskAsync(Admin, Admin, $"/editfact {Fact}\nNotify: yes\nA: At least 29 people were killed.");
        var alert = (await Fake.WaitForMessagesAsync(sue.Id, 2, BotHarness.Patience))[1];

        Assert.DoesNotContain("Alert preview", silent.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alert preview", loud.Text, StringComparison.Ordinal);
        Assert.Empty(silent.Buttons);
        Assert.StartsWith("Update: At least 29 people were killed.", alert.Text, StringComparison.Ordinal);
        Assert.Equal(2, Fake.SentMessageCount(sue.Id));
    }

    private async Task<FakeUser> SubscriberAsync()
    {
        var sue = Fake.CreateUser("Sue");
        await _bot.AskAsync(sue.Id, sue.Id, "/subscribe");
        return sue;
    }
}
