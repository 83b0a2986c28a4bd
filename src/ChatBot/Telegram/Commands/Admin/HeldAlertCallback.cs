using ChatBot.Core.Alerts;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>
/// The admin's answer to an /editfact alert preview: the alert is enqueued once, or not at all; never after a later version
/// changed the answer or retired the fact, which the admin is told by version.
/// </summary>
public sealed class HeldAlertCallback(IHeldAlerts held, IEnumerable<IAlertWakeup> wakeups, MessageEditor editor, ILogger<HeldAlertCallback> logger) : ICallbackHandler
{
    public string Prefix => HeldAlertButtons.Prefix;

    public async Task HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AdminInput.RefuseNonAdminAsync(context, logger, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (!HeldAlertButtons.TryParse(context.Query.Data, out var send, out var version, out var factId))
        {
            await context.AnswerAsync(context.Curator.HeldAlertOutdated, cancellationToken).ConfigureAwait(false);
            return;
        }
        var label = $"{Html.Escape(factId)} v{version}";
        var actor = $"tg:{context.Query.From.Id} " + (context.Query.From.Username is { Length: > 0 } u ? "@" + u : context.Query.From.FirstName);
        var result = send
            ? await held.SendAsync(factId, version, actor, cancellationToken).ConfigureAwait(false)
            : await held.WithholdAsync(factId, version, actor, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Admin {UserId} chose {Choice} for {FactId} v{Version}: {Status}", context.Query.From.Id, send ? "Send alert" : "Don't alert",
            factId, version, result.Status);
        if (result.Status == HeldAlertStatus.Sent)
        {
            // The dispatcher would find it on its next look anyway; this just saves the wait.
            foreach (var wakeup in wakeups)
            {
                wakeup.Wake();
            }
        }
        var html = result.Status switch
        {
            HeldAlertStatus.Sent => context.Curator.AlertQueued(label, result.Recipients),
            HeldAlertStatus.AlreadySent => context.Curator.AlertAlreadySent(label),
            HeldAlertStatus.Superseded when result.Superseding is { } newer => context.Curator.AlertSuperseded(label, newer),
            // A replay of this admin's own press reads as the press did.
            HeldAlertStatus.Withheld => context.Curator.NoAlertSent(label),
            HeldAlertStatus.Declined when result.Decision is { } d && d.Actor == actor => context.Curator.NoAlertSent(label),
            HeldAlertStatus.Declined when result.Decision is { } d => context.Curator.AlertWithheldEarlier(label, Html.Escape(Who(d.Actor)), d.At),
            _ => context.Curator.AlertOutdated(label),
        };
        await context.AnswerAsync(null, cancellationToken).ConfigureAwait(false);
        if (context.Query.Message is not { } preview
            || !await editor.TryEditAsync(preview.Chat.Id, preview.Id, html, null, cancellationToken).ConfigureAwait(false))
        {
            await context.Reply.SendHtmlAsync(context.ChatId, html, null, null, cancellationToken).ConfigureAwait(false);
        }
    }

    // "tg:123 @name" → "@name": the id is for the records, the name for the admin reading the reply.
    private static string Who(string actor) => actor.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? actor[(space + 1)..] : actor;
}
