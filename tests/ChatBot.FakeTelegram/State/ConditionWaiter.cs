using System.Diagnostics;

namespace ChatBot.FakeTelegram;

/// <summary>Re-checks a condition on every state change of the fake, until it holds or the time is up. No polling.</summary>
internal static class ConditionWaiter
{
    public static async Task WaitAsync(ChangeSignal signal, Func<bool> condition, TimeSpan timeout, Func<string> describeFailure, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var next = signal.NextChange;
            if (condition())
            {
                return;
            }

            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            try
            {
                if (remaining <= TimeSpan.Zero)
                {
                    throw new TimeoutException();
                }

                await next.WaitAsync(remaining, ct);
            }
            catch (TimeoutException)
            {
                if (condition())
                {
                    return;
                }

                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for {describeFailure()}");
            }
        }
    }
}
