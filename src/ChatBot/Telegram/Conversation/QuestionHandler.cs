using ChatBot.Core.Answering;
using ChatBot.Core.Changes;
using ChatBot.Core.Conversations;
using ChatBot.Hosting;
using ChatBot.Options;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Latest;
using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Conversation;

/// <summary>A question in a message: answer with citations, offer "did you mean" choices, or say what the bot covers.</summary>
public sealed class QuestionHandler(
    QuestionAnswerer answerer,
    AnswerPresenter presenter,
    FollowUps followUps,
    LatestChanges latest,
    BotIdentity identity,
    IQuestionLog questions,
    ExampleQuestions examples,
    ReplySender reply,
    AnswerDelivery delivery,
    TimeProvider time,
    IOptions<BotOptions> options,
    BotMetrics metrics)
{
    public async Task HandleAsync(Message message, string question, long updateId, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(language);
        var texts = language.Texts;
        question = question.Trim();
        if (question.Length > options.Value.MaxQuestionLength)
        {
            await reply.ReplyAsync(message, texts.TooLong(options.Value.MaxQuestionLength), null, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!question.Any(char.IsLetterOrDigit))
        {
            await reply.ReplyAsync(message, texts.NoQuestion, null, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (LatestIntent.Matches(question))
        {
            var changes = await latest.GetAsync(LatestCommand.Shown, cancellationToken).ConfigureAwait(false);
            await reply.ReplyAsync(message, LatestTexts.Render(changes, texts, language.AnswerLanguageForFact), null, cancellationToken).ConfigureAwait(false);
            return;
        }
        var started = time.GetTimestamp();
        Reply prepared;
        await using (TypingIndicator.Start(ct => reply.TypingAsync(message.Chat.Id, ct), time, cancellationToken))
        {
            prepared = await PrepareAsync(message, question, updateId, language, cancellationToken).ConfigureAwait(false);
        }
        var sent = await delivery.DeliverAsync(message, prepared.Html, prepared.Keyboard, cancellationToken).ConfigureAwait(false);
        if (prepared.FactId is { } factId)
        {
            followUps.Remember(sent, factId);
        }
        Record(prepared.Outcome, started);
    }

    private async Task<Reply> PrepareAsync(Message message, string question, long updateId, UserLanguage language, CancellationToken cancellationToken)
    {
        var (asked, earlier) = await followUps.ResolveAsync(message, question, identity.Profile.Id, cancellationToken).ConfigureAwait(false);
        var outcome = await answerer.AnswerAsync(asked, earlier, language.DetectionHint, cancellationToken).ConfigureAwait(false);
        var alternatives = outcome.Alternatives.Where(a => a.FactId != outcome.Fact?.Id).ToList();
        var questionId = await questions.RecordAsync(new QuestionRecord(
            updateId, time.GetUtcNow(), message.Chat.Id, message.From?.Id, message.Chat.Type.ToString().ToLowerInvariant(), question,
            outcome.Answered, outcome.Fact?.Id, outcome.Confidence, alternatives.Select(a => a.FactId).ToList(), outcome.Language), cancellationToken).ConfigureAwait(false);
        // The question's own language may decide the wording around the answer (see InterfaceLanguage.ForAnswer).
        var say = language.ForAnswer(outcome.Language);
        var didYouMean = Keyboards.DidYouMean(await InLanguageAsync(alternatives, language.AnswerLanguage(outcome.Language), cancellationToken)
            .ConfigureAwait(false), questionId);
        if (outcome is { Answered: true, Fact: { } fact })
        {
            // The fact's curated translation into the asker's answer language, when it has one, needs no "in English" note.
            var answer = await presenter.PresentAsync(outcome, questionId, AnswerKeyboard.Rows(didYouMean), say,
                language.AnswerLanguage(outcome.Language), cancellationToken).ConfigureAwait(false);
            var html = (answer.Translated ? null : say.AnswerNote) + (didYouMean is null ? answer.Html : answer.Html + "\n\n" + say.AlsoAsked);
            return new Reply(html, answer.Keyboard, fact.Id, "answered");
        }
        var text = outcome.Passage is { } passage
            ? say.AnswerNote + say.Passage(passage, didYouMean is not null)
            : didYouMean is not null
            ? say.DidYouMean
            : say.NoFact(await examples.GetAsync(say.Language, cancellationToken).ConfigureAwait(false));
        return new Reply(text, didYouMean, null, outcome.Passage is not null ? "answered" : didYouMean is not null ? "offered" : "declined");
    }

    /// <summary>Each offered fact labelled with its curated question in <paramref name="answerLanguage"/>, when it has one.</summary>
    private async Task<List<Suggestion>> InLanguageAsync(List<Suggestion> alternatives, string answerLanguage,
        CancellationToken cancellationToken)
    {
        var labelled = new List<Suggestion>(alternatives.Count);
        foreach (var a in alternatives)
        {
            var fact = (await answerer.ForFactAsync(a.FactId, cancellationToken).ConfigureAwait(false))?.Fact;
            labelled.Add(fact is null ? a : a with { Question = FactWording.Question(fact, answerLanguage) });
        }
        return labelled;
    }

    private void Record(string outcome, long started)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        metrics.Questions.Add(1, tag);
        metrics.AnswerDuration.Record(time.GetElapsedTime(started).TotalSeconds, tag);
    }

    private sealed record Reply(string Html, InlineKeyboardMarkup? Keyboard, string? FactId, string Outcome);
}
