using ChatBot.Alerts.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Alerts.Tests;

public sealed class SendSlotsTests
{
    private const string Secret = "bot987654321:AAHsecretTokenValue_xyz-123/sendMessage";

    [Fact]
    public async Task A_send_that_throws_is_logged_without_the_token_and_handed_to_its_fault_handler()
    {
        var logger = new CapturingLogger<SendSlotsTests>();
        var slots = new SendSlots(2, logger);
        var failure = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Exception? handed = null;
        await slots.WaitAsync(CancellationToken.None);

        slots.Start(41, async () =>
        {
            await failure.Task;
            throw new HttpRequestException($"POST https://api.telegram.org/{Secret} failed");
        }, e =>
        {
            handed = e;
            return Task.CompletedTask;
        });
        Assert.Equal(1, slots.InFlight);
        failure.SetResult();
        var stuck = await slots.DrainAsync(After(TimeSpan.FromSeconds(30), TimeProvider.System));

        Assert.Empty(stuck);
        Assert.IsType<HttpRequestException>(handed);
        var error = Assert.Single(logger.At(LogLevel.Error));
        Assert.Contains("delivery 41", error, StringComparison.Ordinal);
        Assert.Contains(LogSafe.Mask, error, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHsecretTokenValue", logger.All, StringComparison.Ordinal);
        Assert.Equal(0, slots.InFlight);
        Assert.True(slots.WaitAsync(CancellationToken.None).IsCompletedSuccessfully, "the permit was given back");
    }

    [Fact]
    public async Task A_fault_handler_that_throws_too_is_logged_and_no_task_exception_goes_unobserved()
    {
        var marker = Guid.NewGuid().ToString("N");
        var unobserved = new List<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.ToString().Contains(marker, StringComparison.Ordinal))
            {
                lock (unobserved)
                {
                    unobserved.Add(e.Exception);
                }
            }
        }
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            var logger = new CapturingLogger<SendSlotsTests>();
            await StartFailingSendsAsync(new SendSlots(4, logger), marker);

            // Whatever was not observed is reported when its task is finalised.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.Equal(6, logger.At(LogLevel.Error).Count);
            Assert.Equal(3, logger.At(LogLevel.Error).Count(e => e.Contains("stays 'sending'", StringComparison.Ordinal)));
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
        Assert.Empty(unobserved);
    }

    [Fact]
    public async Task Draining_waits_for_sends_in_flight_but_only_up_to_its_timeout()
    {
        var time = new FakeTimeProvider();
        var slots = new SendSlots(2, new CapturingLogger<SendSlotsTests>());
        var quick = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await slots.WaitAsync(CancellationToken.None);
        slots.Start(1, () => quick.Task, _ => Task.CompletedTask);
        await slots.WaitAsync(CancellationToken.None);
        slots.Start(2, () => hung.Task, _ => Task.CompletedTask);

        var drain = slots.DrainAsync(After(TimeSpan.FromSeconds(10), time));
        quick.SetResult();
        await Eventually.TrueAsync(() => slots.InFlight == 1, TimeSpan.FromSeconds(30), "the quick send to leave its slot");
        time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(drain.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        var stuck = await drain.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([2L], stuck);
        hung.SetResult();
        Assert.Empty(await slots.DrainAsync(After(TimeSpan.FromSeconds(10), time)).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static CancellationToken After(TimeSpan timeout, TimeProvider time) => new CancellationTokenSource(timeout, time).Token;

    // Not inlined, so no reference to the tasks survives in this frame when the test collects garbage.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task StartFailingSendsAsync(SendSlots slots, string marker)
    {
        for (var i = 0; i < 3; i++)
        {
            await slots.WaitAsync(CancellationToken.None);
            slots.Start(i, async () =>
            {
                await Task.Yield();
                throw new InvalidOperationException($"send {marker}");
            }, async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException($"record {marker}");
            });
        }
        Assert.Empty(await slots.DrainAsync(After(TimeSpan.FromSeconds(30), TimeProvider.System)));
    }
}
