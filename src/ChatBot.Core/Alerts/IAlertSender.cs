namespace ChatBot.Core.Alerts;

/// <summary>The seam the dispatcher sends through; adapters map transport errors onto <see cref="SendResult"/>.</summary>
public interface IAlertSender
{
    /// <param name="factIdForButton">When set, the message gets a button that opens the full fact (callback "f:&lt;id&gt;").</param>
    Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken);
}

/// <summary>A sender that words the alert's button in the chat's language; the dispatcher prefers it when the sender is one.</summary>
public interface ILocalizedAlertSender : IAlertSender
{
    /// <param name="language">The language of <paramref name="html"/> ("uk", "ru"), or null for English.</param>
    Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, string? language, CancellationToken cancellationToken);
}
