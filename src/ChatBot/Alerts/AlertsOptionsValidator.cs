using Microsoft.Extensions.Options;

namespace ChatBot.Alerts;

/// <summary>Fails the start with every problem listed, instead of a dispatcher that divides by zero at the first alert.</summary>
public sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!(options.GlobalMessagesPerSecond > 0))
        {
            errors.Add("Alerts:GlobalMessagesPerSecond must be greater than 0.");
        }
        if (!(options.PerChatMessagesPerSecond > 0))
        {
            errors.Add("Alerts:PerChatMessagesPerSecond must be greater than 0.");
        }
        if (!(options.PerGroupMessagesPerMinute > 0))
        {
            errors.Add("Alerts:PerGroupMessagesPerMinute must be greater than 0.");
        }
        if (options.MaxAttempts is < 1 or > 100)
        {
            errors.Add("Alerts:MaxAttempts must be between 1 and 100.");
        }
        if (options.RetryBaseDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            errors.Add("Alerts:RetryBaseDelay must be positive and no larger than Alerts:RetryMaxDelay.");
        }
        if (options.MaxConcurrentSends is < 1 or > 256)
        {
            errors.Add("Alerts:MaxConcurrentSends must be between 1 and 256.");
        }
        if (options.PollInterval <= TimeSpan.Zero)
        {
            errors.Add("Alerts:PollInterval must be positive.");
        }
        if (options.BatchSize is < 1 or > 10_000)
        {
            errors.Add("Alerts:BatchSize must be between 1 and 10000.");
        }
        if (options.ShutdownGrace < TimeSpan.Zero || options.SendTimeout <= TimeSpan.Zero)
        {
            errors.Add("Alerts:ShutdownGrace must not be negative and Alerts:SendTimeout must be positive.");
        }
        if (options.SendTimeout > TimeSpan.Zero && options.SendingLease < options.SendTimeout * 2)
        {
            errors.Add("Alerts:SendingLease must be at least twice Alerts:SendTimeout.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
