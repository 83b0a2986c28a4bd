using ChatBot.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.Telegram.Polling;

/// <summary>Runs a start-up or getUpdates call until it succeeds, backing off; a rejected token stops the process.</summary>
public sealed class BotApiRetry(IServiceScopeFactory scopes, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<BotApiRetry> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>False when stopping or when Telegram rejects the token.</summary>
    public async Task<bool> RunAsync(string what, Func<ITelegramBotClient, Task> call, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await call(scope.ServiceProvider.GetRequiredService<ITelegramBotClient>()).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                logger.LogCritical("Telegram rejected the bot token from Telegram:BotToken ({Error}); stopping", TelegramCallPolicy.Describe(ex));
                Environment.ExitCode = 1;
                lifetime.StopApplication();
                return false;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409 && what == "getUpdates")
            {
                logger.LogError("Another process is polling with this bot token, or a webhook is set ({Error}); retrying", TelegramCallPolicy.Describe(ex));
                if (!await DelayAsync(delay, stoppingToken).ConfigureAwait(false))
                {
                    return false;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
            catch (Exception ex)
            {
                var wait = ex is ApiRequestException { Parameters.RetryAfter: { } s } ? TimeSpan.FromSeconds(s) : delay;
                logger.LogWarning("Telegram {What} failed ({Error}); retrying in {Delay} s", what,
                    TelegramCallPolicy.Describe(ex), (int)Math.Ceiling(wait.TotalSeconds));
                if (!await DelayAsync(wait, stoppingToken).ConfigureAwait(false))
                {
                    return false;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>False when stopping cut the wait short.</summary>
    public async Task<bool> DelayAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
