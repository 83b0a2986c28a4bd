using ChatBot.Core.Alerts;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Replies;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/editfact &lt;id&gt; [v&lt;version&gt;] followed by the field lines to replace.</summary>
/// <remarks>
/// Without a "Notify:" line, a change that would alert subscribers is saved without its alert, and the admin gets a
/// preview of it with Send alert / Don't alert: not every rewording is news.
/// </remarks>
public sealed class EditFactCommand(FactCuration facts, IHeldAlerts held, ILogger<EditFactCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "editfact";

    public override string Description => "Replace fields of a fact: /editfact <id> [v<n>] (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (arguments, body) = AdminInput.Split(context.Arguments);
        var result = await facts.EditAsync(arguments, body, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        await RespondAsync(context, result, f => CurationReplies.FactChanged(f, "updated"), f => f.Id, cancellationToken).ConfigureAwait(false);
        if (result.Value is { } fact && !SaysNotify(body)
            && await held.PreviewAsync(fact.Id, fact.Version, cancellationToken).ConfigureAwait(false) is { } preview)
        {
            var keyboard = HeldAlertButtons.For(fact.Id, fact.Version);
            var ask = keyboard is null
                ? "This fact's id is too long for buttons; send the edit again with <code>Notify: yes</code> to alert subscribers."
                : "Send this alert to subscribers?";
            await context.Reply.ReplyAsync(context.Message, "<b>Alert preview</b>\n\n" + preview + "\n\n" + ask, keyboard, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool SaysNotify(string body) =>
        body.Split('\n').Any(line => line.TrimStart().StartsWith("notify:", StringComparison.OrdinalIgnoreCase));
}
