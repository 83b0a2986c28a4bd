namespace ChatBot.Tests.Support;

/// <summary>For state the fake cannot signal (the bot's own database): a bounded re-check, failing with a description.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string description)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {description}.");
            }
            await Task.Delay(20);
        }
    }
}
