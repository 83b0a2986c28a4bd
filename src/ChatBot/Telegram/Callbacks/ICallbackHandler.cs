namespace ChatBot.Telegram.Callbacks;

/// <summary>
/// Handles presses of inline buttons whose callback_data starts with <see cref="Prefix"/>. Registered with
/// <c>services.AddCallbackHandler&lt;T&gt;()</c>. The router answers the callback query if the handler did not.
/// </summary>
public interface ICallbackHandler
{
    /// <summary>For example "f:"; prefixes must not overlap.</summary>
    string Prefix { get; }

    Task HandleAsync(CallbackContext context, CancellationToken cancellationToken);
}
