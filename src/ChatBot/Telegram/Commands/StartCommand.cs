using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Commands;

/// <summary>Welcome with example questions; "/start f_&lt;id&gt;" (a t.me deep link) opens that fact in the reader's language.</summary>
public sealed class StartCommand(QuestionAnswerer answerer, AnswerPresenter presenter, ExampleQuestions examples, IFactStore store) : IBotCommand
{
    public const string FactLinkPrefix = "f_";

    public string Name => "start";

    public string Description => "Welcome and example questions";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Arguments.Trim();
        if (payload.StartsWith(FactLinkPrefix, StringComparison.Ordinal))
        {
            var id = payload[FactLinkPrefix.Length..];
            var outcome = await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false);
            if (outcome is not null)
            {
                // The same answer /fact and a "did you mean" button give: the curated wording in the reader's language.
                var answer = await presenter.PresentAsync(outcome, 0, null, context.Texts, context.Language.AnswerLanguageForFact, cancellationToken)
                    .ConfigureAwait(false);
                await context.Reply.ReplyAsync(context.Message, answer.Html, answer.Keyboard, cancellationToken).ConfigureAwait(false);
                return;
            }
            // A shared link to an answer that was later withdrawn: say so, rather than greet as if nothing was asked.
            if (await store.GetFactAsync(id, cancellationToken).ConfigureAwait(false) is { Status: FactStatus.Retired } retracted)
            {
                var examplesNow = await examples.GetAsync(context.Texts.Language, cancellationToken).ConfigureAwait(false);
                await context.RespondAsync(context.Texts.Retracted(retracted, examplesNow), cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        var welcome = context.Texts.Welcome(await examples.GetAsync(context.Texts.Language, cancellationToken).ConfigureAwait(false));
        // A link that named a fact (mistyped, cut short, or the fact deleted) must not pass for a plain greeting.
        if (payload.Length > 0 && payload != Inline.InlineQueryHandler.StartParameter)
        {
            welcome = context.Texts.LinkedFactNotFound + "\n\n" + welcome;
        }
        await context.RespondAsync(welcome, cancellationToken).ConfigureAwait(false);
    }
}
