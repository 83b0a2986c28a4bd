namespace ChatBot.Core.Alerts;

/// <summary>The seam the dispatcher sends through; adapters map transport errors onto <see cref="SendResult"/>.</summary>
public interface IAlertSender
{
    /// <param name="factIdForButton">When set, the message gets a button that opens the full fact (callback "f:&lt;id&gt;").</param>
    Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken);
}
