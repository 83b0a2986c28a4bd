namespace ChatBot.FakeTelegram;

/// <summary>
/// Delivered sends (sendMessage, sendDocument) counted in sliding windows of <see cref="Window"/>,
/// stamped when the fake accepted them.
/// </summary>
public sealed record SendRateReport(
    int TotalSends,
    TimeSpan Window,
    int MaxGlobalInWindow,
    int MaxPerChatInWindow,
    long? BusiestChatId);
