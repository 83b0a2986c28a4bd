using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Commands;

/// <summary>"/fact &lt;id&gt;": one answer by its id, as links and curators' views name it.</summary>
public sealed class FactCommand(QuestionAnswerer answerer, AnswerPresenter presenter, IFactStore store, ExampleQuestions examples) : IBotCommand
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
            // A retracted fact still has its id: "no such fact" would suggest a typo, when the answer was withdrawn.
            var text = Slug.IsWellFormed(id) && await store.GetFactAsync(id, cancellationToken).ConfigureAwait(false) is { Status: FactStatus.Retired } retracted
                ? context.Texts.Retracted(retracted, await examples.GetAsync(context.Texts.Language, cancellationToken).ConfigureAwait(false))
                : context.Texts.FactNotFound(id);
            await context.RespondAsync(text, cancellationToken).ConfigureAwait(false);
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
