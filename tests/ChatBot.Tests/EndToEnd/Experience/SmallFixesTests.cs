using System.Globalization;
using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Experience;

/// <summary>Retracted deep links, a redrawn /unanswered list, a second did-you-mean press, and inline mode with no match.</summary>
public sealed class SmallFixesTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_deep_link_to_a_retracted_fact_says_it_was_retracted_and_when()
    {
        var user = Fake.CreateUser("Lin");
        await _bot.AskAsync(Admin, Admin, "/delfact ternopil-strike");

        var reply = await _bot.AskAsync(user.Id, user.Id, "/start f_ternopil-strike");

        Assert.Contains("was retracted by the curators on", reply.Text, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_press_of_a_did_you_mean_button_is_acknowledged_without_resending()
    {
        var user = Fake.CreateUser("Dot");
        var offer = await _bot.AskAsync(user.Id, user.Id, await Questions.WithAlternativesAsync(_bot));
        var data = offer.Buttons.First(b => b.CallbackData!.StartsWith("f:", StringComparison.Ordinal)).CallbackData!;

        var first = Fake.EnqueueCallbackQuery(user.Id, offer, data);
        var second = Fake.EnqueueCallbackQuery(user.Id, offer, data);
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(first.QueryId) && Fake.IsQueryAnswered(second.QueryId), BotHarness.Patience, "both presses answered");
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the inbox to drain");

        Assert.Equal(2, Fake.SentMessageCount(user.Id));
        Assert.Contains(Fake.RequestsFor("answerCallbackQuery"), r => r.Param("text")?.Contains("Already answered", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Inline_mode_with_no_match_offers_to_ask_in_a_private_chat()
    {
        var user = Fake.CreateUser("Ian");

        var query = Fake.EnqueueInlineQuery(user.Id, "qwertyuiop zxcvbnm");
        await Fake.WaitForAsync(() => Fake.IsQueryAnswered(query.QueryId), BotHarness.Patience, "the inline query answered");

        var button = Fake.InlineResultsButton(query.QueryId);
        Assert.NotNull(button);
        Assert.Equal("Ask in private chat", button.Value.GetProperty("text").GetString());
        Assert.Equal("inline", button.Value.GetProperty("start_parameter").GetString());
        var start = await _bot.AskAsync(user.Id, user.Id, "/start inline");
        Assert.Contains("Hello", start.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_redraws_its_list_after_a_dismiss()
    {
        var user = Fake.CreateUser("Uma");
        await _bot.AskAsync(user.Id, user.Id, "what is the capital of peru?");
        await _bot.AskAsync(user.Id, user.Id, "how tall is mount everest?");
        var list = await _bot.AskAsync(Admin, Admin, "/unanswered");
        var dismiss = list.Buttons.First(b => b.Text.EndsWith("dismiss", StringComparison.Ordinal));
        var before = list.Buttons.Count();

        Fake.EnqueueCallbackQuery(Admin, list, dismiss.CallbackData!);
        await Fake.WaitForAsync(() => Fake.FindMessage(Admin, list.MessageId)!.Buttons.Count() < before, BotHarness.Patience, "the list redrawn");

        Assert.DoesNotContain(Fake.FindMessage(Admin, list.MessageId)!.Buttons, b => b.CallbackData == dismiss.CallbackData);
    }
}
