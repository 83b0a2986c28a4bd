using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace ChatBot.Telegram.Inline;

/// <summary>"@bot question" in any chat: the matching facts as articles the user can post with their citations.</summary>
public sealed class InlineQueryHandler(QuestionAnswerer answerer, AnswerHtml renderer, IFactStore store, ReplySender reply)
{
    public const int MaxResults = 5;
    public const string StartParameter = "inline";
    private const int MaxQueryLength = 256;

    public async Task HandleAsync(InlineQuery query, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(language);
        var text = query.Query.Trim();
        var factIds = new List<string>();
        // Like a private chat: the frame follows the question's language, the answer the reader's curated translation.
        var questionLanguage = Core.Languages.QuestionLanguage.English;
        if (text.Any(char.IsLetterOrDigit) && text.Length <= MaxQueryLength)
        {
            var outcome = await answerer.AnswerAsync(text, null, language.DetectionHint, cancellationToken).ConfigureAwait(false);
            questionLanguage = outcome.Language;
            if (outcome.Fact is { } best)
            {
                factIds.Add(best.Id);
            }
            factIds.AddRange(outcome.Alternatives.Select(a => a.FactId));
        }
        else if (text.Length == 0)
        {
            // An empty query shows what the bot knows, so the user sees what to ask.
            factIds.AddRange((await store.GetActiveFactsAsync(cancellationToken).ConfigureAwait(false)).Select(f => f.Id));
        }
        var texts = language.ForAnswer(questionLanguage);
        var answerLanguage = language.AnswerLanguage(questionLanguage);
        var results = new List<InlineQueryResult>();
        foreach (var id in factIds.Distinct().Where(id => System.Text.Encoding.UTF8.GetByteCount(id) <= 64).Take(MaxResults))
        {
            if (await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false) is { Fact: { } fact } outcome)
            {
                var translated = fact.AnswerIn(answerLanguage) is not null;
                var html = renderer.Render(outcome, texts, translated ? answerLanguage : null);
                results.Add(Article(fact, answerLanguage, translated ? html : texts.AnswerNote + html));
            }
        }
        // No match: offer the private chat, where the bot can say what it does know and suggest questions.
        var button = results.Count == 0 ? new InlineQueryResultsButton { Text = texts.AskPrivately, StartParameter = StartParameter } : null;
        await reply.AnswerInlineAsync(query.Id, results, cancellationToken, button).ConfigureAwait(false);
    }

    private static InlineQueryResultArticle Article(Fact fact, string answerLanguage, string html) =>
        new(fact.Id, FactWording.Question(fact, answerLanguage), new InputTextMessageContent(HtmlSplitter.Split(html)[0])
        {
            ParseMode = ParseMode.Html,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        })
        {
            Description = Core.Rendering.TextCut.Shorten(FactWording.Answer(fact, answerLanguage), 120),
        };
}
