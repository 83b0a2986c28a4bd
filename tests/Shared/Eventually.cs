using System.Diagnostics;

namespace ChatBot.TestSupport;

/// <summary>
/// For state no fake can signal (the bot's database, a component's counters): a bounded re-check that fails naming
/// what it waited for. Shared by the test projects as a linked source file.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout, string description, Func<string>? details = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), timeout, description, details);
    }

    /// <param name="details">Appended to the failure, e.g. a log that shows why the condition never held.</param>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string description, Func<string>? details = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                var message = $"Timed out after {timeout.TotalSeconds:0.#} s waiting for {description}.";
                throw new TimeoutException(details is null ? message : message + Environment.NewLine + details());
            }
            await Task.Delay(Interval);
        }
    }
}
