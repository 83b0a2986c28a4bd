using ChatBot.Core.Languages;
using ChatBot.Telegram.Texts;

namespace ChatBot.Telegram.Commands.Profile;

/// <summary>
/// /language shows the interface language and buttons; "/language uk|ru|en|de|fr" sets it for the sender, "/language
/// auto" goes back to Telegram's language. Anything else is refused with the valid values, changing nothing.
/// </summary>
public sealed class LanguageCommand(LanguageChoices choices) : IBotCommand
{
    public string Name => "language";

    public string Description => "Interface language: /language uk|ru|en|de|fr|auto";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var argument = context.Arguments.Trim();
        var language = context.Language;
        if (argument.Length == 0 || context.UserId is not { } userId)
        {
            // Read-only: sent without a receipt, so a replayed update simply shows the state again.
            var status = language.Texts.LanguageStatus(language.Chosen, language.Interface);
            var keyboard = context.UserId is null ? null : LanguageKeyboard.For(language.Chosen, language.Texts);
            await context.Reply.ReplyAsync(context.Message, status, keyboard, cancellationToken).ConfigureAwait(false);
            return;
        }
        var auto = string.Equals(argument, LanguageKeyboard.Auto, StringComparison.OrdinalIgnoreCase);
        var code = InterfaceLanguage.ParseChoice(argument);
        if (!auto && code is null)
        {
            await context.RespondAsync(language.Texts.LanguageBad(argument), cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            await choices.SetAsync(userId, code, cancellationToken).ConfigureAwait(false);
            // The confirmation is already in the new language: it is the first thing said in it.
            var now = language with { Chosen = code };
            await context.RespondAsync(code is null ? now.Texts.LanguageReset(now.Interface) : now.Texts.LanguageSet(code), cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            // Also when the reply failed after the change committed: a replay resends the reply and never gets here.
            choices.Forget(userId);
        }
    }
}
