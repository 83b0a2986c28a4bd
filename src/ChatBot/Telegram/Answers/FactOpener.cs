using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// One fact opened by its id, as /fact and a "/start f_&lt;id&gt;" deep link both do: the answer a "did you mean"
/// button gives, in the reader's language, or word that it was retracted.
/// </summary>
public sealed class FactOpener(QuestionAnswerer answerer, AnswerPresenter presenter, IFactStore store, ExampleQuestions examples)
{
    /// <returns>False when no fact, current or retracted, has <paramref name="id"/>: the caller says so in its own words.</returns>
    public async Task<bool> TryOpenAsync(CommandContext context, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false);
        if (outcome?.Fact is { } fact)
        {
            var answer = await presenter.PresentAsync(outcome, 0, null, context.Texts, context.Language.AnswerLanguageForFact, cancellationToken)
                .ConfigureAwait(false);
            // Curators also see the fact's translations, as the Q[xx]:/A[xx]: lines /editfact takes.
            var html = context.IsAdmin && fact.Translations.Count > 0
                ? answer.Html + "\n\n<b>" + context.Curator.TranslationsTitle + "</b>" + CurationReplies.Translations(fact)
                : answer.Html;
            await context.Reply.ReplyAsync(context.Message, html, answer.Keyboard, cancellationToken).ConfigureAwait(false);
            return true;
        }
        // A retracted fact keeps its id: "not found" would suggest a typo, when the answer was withdrawn.
        if (Slug.IsWellFormed(id) && await store.GetFactAsync(id, cancellationToken).ConfigureAwait(false) is { Status: FactStatus.Retired } retracted)
        {
            var examplesNow = await examples.GetAsync(context.Texts.Language, cancellationToken).ConfigureAwait(false);
            await context.RespondAsync(context.Texts.Retracted(retracted, examplesNow), cancellationToken).ConfigureAwait(false);
            return true;
        }
        return false;
    }
}
