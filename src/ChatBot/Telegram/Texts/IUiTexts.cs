using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Changes;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Texts;

/// <summary>
/// Everything an asker reads from the bot, in one language: one catalogue class per language implements it
/// (<see cref="EnglishTexts"/>, <see cref="UkrainianTexts"/>, <see cref="RussianTexts"/>), picked by <see cref="UiTexts.For"/>.
/// Telegram HTML unless a member says plain text; whatever is interpolated is escaped by the catalogue.
/// </summary>
/// <remarks>
/// A class per language rather than .resx files: the texts are sentences built around counts, dates, lists and
/// links, and Ukrainian and Russian need their own plural forms and word order, which a resource string cannot carry
/// but a method can; and the compiler refuses a language that lacks a text, where a missing resource would silently
/// show English to a Ukrainian reader. Split over partial files by area to keep each file short.
/// </remarks>
public partial interface IUiTexts : ISubscriptionTexts
{
    /// <summary>A date as this language writes it: "20 Nov 2025", "20 листопада 2025".</summary>
    string ShowDate(DateOnly day) => Dates.Show(day, Language);

    /// <summary>"outlet (linked), <i>title</i>, date" of a citation, its date in this language.</summary>
    string SourceLine(Citation citation) => HtmlAnswerRenderer.SourceLine(citation, Language);

    string UnknownCommand { get; }

    string NotText { get; }

    string NoQuestion { get; }

    string FloodNotice { get; }

    string DidYouMean { get; }

    string AlsoAsked { get; }

    string FactGone { get; }

    string AlreadyAnswered { get; }

    string TooLong(int max);

    /// <summary>The line above an English answer for a reader of another language, or null in English.</summary>
    string? AnswerNote { get; }

    /// <summary>A source sentence for a question no fact answers, set apart from a verified answer.</summary>
    string Passage(PassageAnswer passage, bool offersFacts);

    /// <summary>No fact and nothing close.</summary>
    string NoFact(IReadOnlyList<string> examples);

    string Welcome(IReadOnlyList<string> examples);

    string Retracted(Fact fact, IReadOnlyList<string> examples);

    string FactNotFound(string id);

    /// <summary>Above the welcome when a /start link named a fact the bot does not have.</summary>
    string LinkedFactNotFound { get; }

    /// <summary>"Source: " before a source line under an answer or a change.</summary>
    string SourceLabel { get; }

    /// <summary>The italic last line of an answer, without its tags.</summary>
    string LastChecked(DateOnly day);

    string NoVerifiedAnswer { get; }

    string Share { get; }

    string Related(string question);

    string WhatWasWrong { get; }

    string ThanksUp { get; }

    string ThanksDown { get; }

    string ReasonNotYours { get; }

    string ReasonRecorded { get; }

    /// <summary>A down-vote reason as the voter picks it (plain text).</summary>
    string Reason(string reason);

    string LatestNothing { get; }

    string LatestTitle { get; }

    string ChangeLabel(ChangeKind kind);

    /// <summary>"was: " before a corrected answer's old text.</summary>
    string Was { get; }

    string NoLongerGiven { get; }
}
