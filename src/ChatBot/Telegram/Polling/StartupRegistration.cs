using ChatBot.Options;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>What the bot tells Telegram at start: who it is, where updates go (no webhook, or its webhook), its command menu and its descriptions.</summary>
public sealed class StartupRegistration(IServiceScopeFactory scopes, BotIdentity identity, IOptions<BotOptions> options, IOptions<BotProfileOptions> profile,
    IOptions<TelegramOptions> telegram, ILogger<StartupRegistration> logger)
{
    public async Task RunAsync(ITelegramBotClient bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var me = await bot.GetMe(cancellationToken).ConfigureAwait(false);
        identity.Set(me.Id, me.Username);
        var t = telegram.Value;
        if (!t.IsWebhook)
        {
            // A webhook left behind by another deployment makes every getUpdates fail with 409.
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken).ConfigureAwait(false);
        }
        else if (t.RegisterWebhook)
        {
            // Same arguments from every replica, so calling it again changes nothing.
            await bot.SetWebhook(t.WebhookUrl!, maxConnections: t.WebhookMaxConnections, allowedUpdates: PollingService.AllowedUpdates,
                secretToken: t.WebhookSecret, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CommandCatalog>();
        await bot.SetMyCommands(Menu(catalog.Public), new BotCommandScopeDefault(), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (catalog.All.Any(c => c.AdminOnly))
        {
            foreach (var admin in options.Value.AdminUserIds.Distinct())
            {
                // An admin's private chat has the admin's user id; only there does the menu show admin commands.
                await bot.SetMyCommands(Menu(catalog.All), new BotCommandScopeChat { ChatId = admin }, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        // What Telegram shows in an empty chat ("What can this bot do?") and on the bot's profile.
        await bot.SetMyDescription(profile.Value.Description, cancellationToken: cancellationToken).ConfigureAwait(false);
        await bot.SetMyShortDescription(profile.Value.ShortDescription, cancellationToken: cancellationToken).ConfigureAwait(false);
        // Telegram shows a user whose app is in Ukrainian or Russian the menu and descriptions set for that language_code.
        foreach (var texts in Core.Languages.InterfaceLanguage.Written.Select(UiTexts.For).Where(t => t.Language != UiTexts.English.Language))
        {
            await bot.SetMyCommands(Menu(catalog.Public, texts), new BotCommandScopeDefault(), texts.Language, cancellationToken).ConfigureAwait(false);
            if (catalog.All.Any(c => c.AdminOnly))
            {
                foreach (var admin in options.Value.AdminUserIds.Distinct())
                {
                    await bot.SetMyCommands(Menu(catalog.All, texts), new BotCommandScopeChat { ChatId = admin }, texts.Language, cancellationToken)
                        .ConfigureAwait(false);
                }
            }
            await bot.SetMyDescription(texts.BotDescription ?? profile.Value.Description, texts.Language, cancellationToken).ConfigureAwait(false);
            await bot.SetMyShortDescription(texts.BotShortDescription ?? profile.Value.ShortDescription, texts.Language, cancellationToken).ConfigureAwait(false);
        }
        logger.LogInformation("Connected to Telegram as @{Username} ({BotId}); {Commands} commands in the menu", me.Username, me.Id, catalog.Public.Count);
    }

    private static IEnumerable<BotCommand> Menu(IEnumerable<IBotCommand> commands, IUiTexts? texts = null) =>
        commands.Select(c => new BotCommand { Command = c.Name, Description = texts?.Describe(c) ?? c.Description });
}
