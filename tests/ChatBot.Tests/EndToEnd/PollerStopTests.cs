using ChatBot.Core.Coordination;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatBot.Tests.EndToEnd;

/// <summary>Stopping a polling bot whose lease handover is cut short (a loaded box past the shutdown deadline).</summary>
public sealed class PollerStopTests
{
    [Fact]
    public async Task A_poller_lease_handover_cut_short_by_the_shutdown_deadline_is_logged_and_stopping_still_succeeds()
    {
        var lease = Substitute.For<IPollerLease>();
        lease.HoldAsync(Arg.Any<CancellationToken>()).Returns(true);
        lease.ReleaseAsync(Arg.Any<CancellationToken>()).Returns(Task.FromCanceled(new CancellationToken(canceled: true)));
        await using var bot = await BotHarness.StartAsync(new() { Services = services => services.AddSingleton(lease) });
        var user = bot.Fake.CreateUser();
        Assert.Contains("26", (await bot.AskAsync(user.Id, user.Id, "ternopil death toll?")).Text);

        await bot.StopHostAsync();

        await lease.Received(1).ReleaseAsync(Arg.Any<CancellationToken>());
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Could not hand the poller lease over", StringComparison.Ordinal));
    }
}
