using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Texts.Curation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Commands.Admin;

/// <summary>/editfact &lt;id&gt; [v&lt;version&gt;] followed by the field lines to replace.</summary>
/// <remarks>
/// Without a "Notify:" line, a changed answer is saved without its alert, and the reply previews the alert with Send
/// alert / Don't alert: not every rewording is news. "Notify: yes" alerts at once, "Notify: no" never.
/// </remarks>
public sealed class EditFactCommand(FactCuration facts, ICurationRepository repository, ILogger<EditFactCommand> logger) : AdminCommandBase(logger)
{
    public override string Name => "editfact";

    public override string Description => "Replace fields of a fact: /editfact <id> [v<n>] (admin)";

    public override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (arguments, body) = AdminInput.Split(context.Arguments);
        var before = IdArguments.Parse(arguments, CommandUsage.EditFact) is { Succeeded: true, Value: { } args }
            ? await repository.GetFactAsync(args.Id, cancellationToken).ConfigureAwait(false)
            : null;
        var result = await facts.EditAsync(arguments, body, AdminInput.ActorOf(context.Message), cancellationToken).ConfigureAwait(false);
        if (result.Value is { } after && !SaysNotify(body) && IsNews(before, after))
        {
            logger.LogInformation("Admin {UserId} ran /editfact on {Target}; alert held for the admin's choice", context.UserId, after.Id);
            var curator = context.Curator;
            // The alert as the curator's language reads it: framed in it, with the fact's translation when that is news.
            var alertTexts = AlertTexts.For(curator.Language);
            var (was, shown) = AlertAnswers.For(before, after, alertTexts);
            var preview = AlertText.ForFactChange(was, shown, await CitationsAsync(after, cancellationToken).ConfigureAwait(false), null, alertTexts);
            var keyboard = HeldAlertButtons.For(after.Id, after.Version, curator);
            var html = CurationReplies.FactChanged(curator, after, FactChange.Updated) + "\n\n<b>" + curator.AlertPreview + "</b>\n\n" + preview + "\n\n"
                + (keyboard is null ? curator.AlertIdTooLong : curator.SendAlertQuestion);
            // Recorded like any reply, so a replay resends the text (without the buttons) instead of editing twice.
            context.Receipt?.Record(html);
            await context.Reply.ReplyAsync(context.Message, html, keyboard, cancellationToken).ConfigureAwait(false);
            return;
        }
        await RespondAsync(context, result, f => CurationReplies.FactChanged(context.Curator, f, FactChange.Updated), f => f.Id, cancellationToken).ConfigureAwait(false);
    }

    // The same rule as the outbox's: an active fact whose answer changed, and whose subscribers want alerts.
    private static bool IsNews(Fact? before, Fact after) =>
        before is { Status: FactStatus.Active } && after is { Status: FactStatus.Active, Notify: true }
        && !string.Equals(before.Answer, after.Answer, StringComparison.Ordinal);

    private static bool SaysNotify(string body) =>
        body.Split('\n').Any(line => line.TrimStart().StartsWith("notify:", StringComparison.OrdinalIgnoreCase));

    private async Task<List<Citation>> CitationsAsync(Fact fact, CancellationToken cancellationToken)
    {
        var citations = new List<Citation>();
        foreach (var quote in fact.Quotes)
        {
            var s = await repository.FindSourceAsync(quote.SourceId, cancellationToken).ConfigureAwait(false);
            citations.Add(s is null
                ? new Citation(quote.Text, quote.SourceId, quote.SourceId, quote.SourceId, null, null)
                : new Citation(quote.Text, s.Id, s.Title, s.Outlet, s.Url, s.Published));
        }
        return citations;
    }
}
