using ChatBot.Core.Answering;
using ChatBot.Telegram.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Answers;

/// <summary>An answer's text and the buttons under it, the same wherever an answer is sent.</summary>
public sealed class AnswerPresenter(AnswerHtml html, RelatedFacts related)
{
    /// <param name="outcome">The answered question.</param>
    /// <param name="questionId">The logged question it answers, or 0 for a fact opened directly.</param>
    /// <param name="extraRows">Buttons above the answer's own ("did you mean" runners-up).</param>
    /// <param name="texts">The reader's language, for the frame and the buttons.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <remarks>
    /// "Share" puts the fact's own question after the bot's name in the chat the user picks: the asker's words (a typo,
    /// a follow-up's "him") could bring up another fact there than the one on screen.
    /// </remarks>
    public Task<PresentedAnswer> PresentAsync(AnswerOutcome outcome, long questionId,
        IEnumerable<InlineKeyboardButton[]>? extraRows, IUiTexts texts, CancellationToken cancellationToken) =>
        PresentAsync(outcome, questionId, extraRows, texts, null, cancellationToken);

    /// <param name="outcome">The answered question.</param>
    /// <param name="questionId">The logged question it answers, or 0 for a fact opened directly.</param>
    /// <param name="extraRows">Buttons above the answer's own ("did you mean" runners-up).</param>
    /// <param name="texts">The reader's language, for the frame and the buttons.</param>
    /// <param name="answerLanguage">The language the reader wants the answer in: the fact's curated translation into
    /// it, when it has one, replaces the English answer (<see cref="PresentedAnswer.Translated"/>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<PresentedAnswer> PresentAsync(AnswerOutcome outcome, long questionId,
        IEnumerable<InlineKeyboardButton[]>? extraRows, IUiTexts texts, string? answerLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(texts);
        var fact = outcome.Fact ?? throw new ArgumentException("Only an answered outcome has buttons.", nameof(outcome));
        var offered = (extraRows ?? []).ToList();
        var taken = offered.SelectMany(r => r).Select(b => b.CallbackData).ToHashSet(StringComparer.Ordinal);
        // A fact already offered under "did you mean" is not offered again as related.
        var relatedFacts = (await related.ForAsync(fact, cancellationToken).ConfigureAwait(false))
            .Where(r => !taken.Any(d => d is not null && d.EndsWith(":" + r.FactId, StringComparison.Ordinal))).ToList();
        // Labels and Share speak the reader's language when the fact has a curated question in it; the matcher indexes
        // those questions, so Share still brings up this fact.
        var wordingLanguage = answerLanguage ?? texts.Language;
        var keyboard = AnswerKeyboard.For(new AnswerRef(questionId, fact.Id), FactWording.Question(fact, wordingLanguage), relatedFacts, texts,
            offered, wordingLanguage);
        var translated = fact.AnswerIn(answerLanguage) is not null;
        return new PresentedAnswer(html.Render(outcome, texts, translated ? answerLanguage : null), keyboard) { Translated = translated };
    }
}
