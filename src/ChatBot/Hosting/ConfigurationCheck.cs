using ChatBot.Core.Seeding;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// Runs every ValidateOnStart check before anything touches the database, in every mode, and turns a configuration or
/// seed-data mistake into one line on stderr and exit code 2: the operator needs the setting to fix, not a stack trace.
/// </summary>
internal static class ConfigurationCheck
{
    public const int ExitCode = 2;

    /// <summary>Whether the options are valid; otherwise the problem has been written to <paramref name="error"/>.</summary>
    public static async Task<bool> PassesAsync(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception ex) when (Describe(ex) is { } problem)
        {
            await error.WriteLineAsync("Configuration error: " + problem).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>The mistake in one line, or null for an exception that is not about configuration.</summary>
    public static string? Describe(Exception error) => error switch
    {
        OptionsValidationException o => OneLine(string.Join(" ", o.Failures)),
        AggregateException a when a.InnerExceptions.All(e => Describe(e) is not null) =>
            string.Join(" ", a.InnerExceptions.Select(e => Describe(e))),
        // The binder's "Failed to convert configuration value at 'Bot:QuestionsPerMinute' to type 'System.Int32'".
        InvalidOperationException { InnerException: not null } i when i.Message.Contains("configuration value", StringComparison.Ordinal) =>
            OneLine(i.Message),
        SeedException { Errors.Count: > 0 } s => OneLine("the data folder cannot be loaded: " + s.Message.Split('\n')[0] + " " +
            string.Join("; ", s.Errors.Select(e => CuratorTexts.English.FieldLabel(e) + ": " + CuratorTexts.English.Problem(e.Problem)))),
        SeedException s => OneLine("the data folder cannot be loaded: " + s.Message),
        _ => null,
    };

    private static string OneLine(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
