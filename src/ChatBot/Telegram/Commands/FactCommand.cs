using ChatBot.Core.Answering;
using ChatBot.Telegram.Answers;

namespace ChatBot.Telegram.Commands;

/// <summary>"/fact &lt;id&gt;": one answer by its id, as links and curators' views name it.</summary>
public sealed class FactCommand(QuestionAnswerer answerer, AnswerPresenter presenter) : IBotCommand
{
    public string Name => "fact";

    public string Description => "Show one answer by its id: /fact <id>";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Arguments.Trim();
        if (id.Length == 0)
        {
            await context.RespondAsync(context.Texts.FactUsage, cancellationToken).ConfigureAwait(false);
            return;
        }
        var outcome = await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false);
        if (outcome?.Fact is null)
        {
            await context.RespondAsync(context.Texts.FactNotFound(id), cancellationToken).ConfigureAwait(false);
            return;
        }
        var answer = await presenter.PresentAsync(outcome, 0, null, context.Texts, context.Language.AnswerLanguageForFact, cancellationToken).ConfigureAwait(false);
        // Curators also see the fact's translations, as the Q[xx]:/A[xx]: lines /editfact takes.
        var html = context.IsAdmin && outcome.Fact.Translations.Count > 0
            ? answer.Html + "\n\n<b>" + context.Curator.TranslationsTitle + "</b>" + Texts.Curation.CurationReplies.Translations(outcome.Fact)
            : answer.Html;
        await context.Reply.ReplyAsync(context.Message, html, answer.Keyboard, cancellationToken).ConfigureAwait(false);
    }
}
