using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.FakeTelegram;
using ChatBot.Telegram.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Answers;

/// <summary>"What's new" and follow-up questions that say "him" for the person the last answer named.</summary>
public sealed class LatestAndFollowUpTests : IAsyncLifetime
{
    private const string Delegation = "Who is leading the US delegation to Ukraine?";
    private const string FollowUp = "and his companions?";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    // Only the follow-up memory reads the fake clock: polling and the flood guard keep real time.
    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(new() { Services = s => s.AddSingleton(sp => new FollowUps(sp.GetRequiredService<QuestionAnswerer>(), _clock)) });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Latest_lists_changes_newest_first_with_date_kind_old_value_and_source_and_whats_new_asks_the_same()
    {
        var admin = new Actor(1, "curator");
        var curation = _bot.Services.GetRequiredService<FactCuration>();
        var edited = await curation.EditAsync("kellogg-leaving", "A: Keith Kellogg will leave his post in January <2026>.", admin);
        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors.Select(e => e.Field + " " + e.Problem)));
        Assert.True((await _bot.Services.GetRequiredService<FactLifecycle>().RetireAsync("invasion-year", admin)).Succeeded);
        var user = Fake.CreateUser();

        var latest = await _bot.AskAsync(user.Id, user.Id, "/latest");
        var typed = await _bot.AskAsync(user.Id, user.Id, "What's new?");

        var text = latest.Text!;
        Assert.Equal(text, typed.Text);
        var retracted = text.IndexOf("· Retracted", StringComparison.Ordinal);
        var corrected = text.IndexOf("· Corrected", StringComparison.Ordinal);
        Assert.InRange(retracted, 0, corrected);
        Assert.Contains("Keith Kellogg will leave his post in January <2026>.", text, StringComparison.Ordinal);
        Assert.Contains("was: A White House official confirmed", text, StringComparison.Ordinal);
        Assert.Contains("Source: BBC", text, StringComparison.Ordinal);
        Assert.Contains(latest.Entities, e => e.Type == "strikethrough" && e.Slice(text).Contains("2022", StringComparison.Ordinal));
        Assert.Contains(DateTime.UtcNow.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_an_answer_may_say_him_for_the_person_it_named()
    {
        var group = Fake.CreateGroup("Followers");
        var user = Fake.CreateUser();
        var first = await _bot.AskAsync(group.Id, user.Id, $"@{Fake.Bot.Username} {Delegation}");

        var next = await _bot.AskAsync(group.Id, user.Id, FollowUp, replyTo: first.MessageId);

        Assert.Contains("Randy George", next.Text, StringComparison.Ordinal);
        Assert.Equal("Who is accompanying Dan Driscoll on the trip to Ukraine?",
            next.InlineKeyboard[0][2].Raw.GetProperty("switch_inline_query").GetString());
    }

    [Fact]
    public async Task In_a_private_chat_a_pronoun_refers_to_the_last_answer_for_five_minutes_only()
    {
        var user = Fake.CreateUser();
        await AskAndSettleAsync(user.Id, Delegation);

        _clock.Advance(TimeSpan.FromMinutes(4));
        var within = await AskAndSettleAsync(user.Id, FollowUp);
        _clock.Advance(TimeSpan.FromMinutes(6));
        var after = await _bot.AskAsync(user.Id, user.Id, FollowUp);

        Assert.Contains("Randy George", within.Text, StringComparison.Ordinal);
        Assert.False(after.Text!.Contains("Randy George", StringComparison.Ordinal), after.Text);
    }

    [Fact]
    public async Task The_readme_follow_up_after_who_leads_the_delegation_names_the_people_travelling_with_him()
    {
        var user = Fake.CreateUser();
        await AskAndSettleAsync(user.Id, "Who leads the delegation?");

        var next = await AskAndSettleAsync(user.Id, "and who is travelling with him?");

        Assert.Contains("Randy George", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_with_a_name_of_its_own_is_not_rewritten()
    {
        var user = Fake.CreateUser();
        await _bot.AskAsync(user.Id, user.Id, Delegation);

        var reply = await _bot.AskAsync(user.Id, user.Id, "When did Donald Trump take office? Was it in January?");

        Assert.Contains("January", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Driscoll", reply.Text, StringComparison.Ordinal);
    }

    // The bot notes an answer just after sending it: the clock moves only once the update is fully handled.
    private async Task<FakeMessage> AskAndSettleAsync(long userId, string text)
    {
        var reply = await _bot.AskAsync(userId, userId, text);
        await Fake.WaitForUpdatesConfirmedAsync(BotHarness.Patience);
        await Eventually.TrueAsync(async () => await _bot.PendingUpdatesAsync() == 0, BotHarness.Patience, "the question handled");
        return reply;
    }
}
