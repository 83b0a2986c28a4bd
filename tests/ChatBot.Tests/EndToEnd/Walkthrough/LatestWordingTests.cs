using ChatBot.FakeTelegram;

namespace ChatBot.Tests.EndToEnd.Walkthrough;

/// <summary>/latest shows each change with its question, in the reader's language, and a revert as a restore.</summary>
public sealed class LatestWordingTests : IAsyncLifetime
{
    private const long Admin = 4242;
    private BotHarness _bot = null!;

    private FakeBotApi Fake => _bot.Fake;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new() { AdminIds = [Admin] });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Latest_shows_a_Ukrainian_reader_the_curated_Ukrainian_question_and_answer_of_a_correction()
    {
        await EditAsync();
        var user = Fake.CreateUser("Оксана", languageCode: "uk");

        var latest = (await _bot.AskAsync(user.Id, user.Id, "/latest")).Text!;

        Assert.Contains("· Виправлено\nХто очолює делегацію США в Україні?\nДелегацію очолює Ден Дрісколл.", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("Dan Driscoll heads the delegation.", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_labels_a_revert_to_an_earlier_version_as_a_restore_like_its_alert()
    {
        await EditAsync();
        await _bot.AskAsync(Admin, Admin, "/restorefact delegation-head v1");
        var user = Fake.CreateUser("Ann");

        var latest = (await _bot.AskAsync(user.Id, user.Id, "/latest")).Text!;

        Assert.Contains("· Restored v1\nWho is leading the US delegation to Ukraine?\nUS Army Secretary Dan Driscoll heads the Pentagon delegation to Ukraine.",
            latest, StringComparison.Ordinal);
        Assert.DoesNotContain("Corrected", latest, StringComparison.Ordinal);
    }

    private async Task EditAsync()
    {
        var edited = await _bot.AskAsync(Admin, Admin, """
            /editfact delegation-head
            A: Dan Driscoll heads the delegation.
            A[uk]: Делегацію очолює Ден Дрісколл.
            """);
        Assert.DoesNotContain("Nothing changed", edited.Text, StringComparison.Ordinal);
    }
}
