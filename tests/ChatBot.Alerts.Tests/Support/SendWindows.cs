namespace ChatBot.Alerts.Tests.Support;

/// <summary>Rate checks over recorded send times.</summary>
public static class SendWindows
{
    /// <summary>The most sends that fall within any one sliding window of the given length.</summary>
    public static int MaxInWindow(IEnumerable<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.Order().ToList();
        var max = 0;
        for (int i = 0, j = 0; i < sorted.Count; i++)
        {
            while (sorted[i] - sorted[j] >= window)
            {
                j++;
            }
            max = Math.Max(max, i - j + 1);
        }
        return max;
    }
}
