using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Changes;
using ChatBot.Core.Facts;
using ChatBot.Core.Privacy;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Conversation;
using ChatBot.Telegram.Latest;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Texts;

/// <summary>The English interface: the wording the bot always had (BotTexts, AnswerTexts, ProfileTexts and the subscription texts).</summary>
public sealed class EnglishTexts : IUiTexts
{
    public static readonly EnglishTexts Instance = new();

    private static readonly EnglishSubscriptionTexts Subscriptions = EnglishSubscriptionTexts.Instance;

    private EnglishTexts()
    {
    }

    public string Language => "en";

    public string UnknownCommand => BotTexts.UnknownCommand;

    public string NotText => BotTexts.NotText;

    public string NoQuestion => BotTexts.NoQuestion;

    public string FloodNotice => BotTexts.FloodNotice;

    public string DidYouMean => BotTexts.DidYouMean;

    public string AlsoAsked => BotTexts.AlsoAsked;

    public string FactGone => BotTexts.FactGone;

    public string AlreadyAnswered => BotTexts.AlreadyAnswered;

    public string TooLong(int max) => BotTexts.TooLong(max);

    public string? AnswerNote => null;

    public string Passage(PassageAnswer passage, bool offersFacts) => BotTexts.Passage(passage, offersFacts);

    public string NoFact(IReadOnlyList<string> examples) => BotTexts.Unanswered(examples);

    public string Welcome(IReadOnlyList<string> examples) => BotTexts.Welcome(examples);

    public string Retracted(Fact fact, IReadOnlyList<string> examples) => BotTexts.Retracted(fact, examples);

    public string FactNotFound(string id) => BotTexts.FactNotFound(id);

    public string LinkedFactNotFound => "I couldn't find the fact this link points to: it may have been removed, or the link is incomplete.";

    public string SourceLabel => "Source: ";

    public string LastChecked(DateOnly day) => "Last checked " + Core.Rendering.Dates.Show(day);

    public string NoVerifiedAnswer => AnswerTexts.NoVerifiedAnswer;

    public string Share => AnswerTexts.Share;

    public string Related(string question) => AnswerTexts.Related(question);

    public string WhatWasWrong => AnswerTexts.WhatWasWrong;

    public string ThanksUp => AnswerTexts.ThanksUp;

    public string ThanksDown => AnswerTexts.ThanksDown;

    public string ReasonNotYours => AnswerTexts.ReasonNotYours;

    public string ReasonRecorded => AnswerTexts.ReasonRecorded;

    public string Reason(string reason) => AnswerTexts.Reason(reason);

    public string LatestNothing => LatestTexts.Nothing;

    public string LatestTitle => "<b>What's new</b> (newest first)";

    public string ChangeLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Added",
        ChangeKind.Corrected => "Corrected",
        ChangeKind.Retracted => "Retracted",
        _ => "Restored",
    };

    public string Was => "was: ";

    public string NoLongerGiven => "This is no longer given as an answer.";

    public string Describe(IBotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Description;
    }

    public string Help(IReadOnlyList<IBotCommand> commands, IReadOnlyList<string> examples, string? username) => BotTexts.Help(commands, examples, username);

    public string FactUsage => "Usage: <code>/fact &lt;id&gt;</code>. A fact's id is named under every alert (after “fact”) and in a shared link to it; to get an answer, just ask your question.";

    public string NoSources => "I have no source documents yet.";

    public string SourcesTitle => "<b>Sources</b>";

    public string AskPrivately => "Ask in private chat";

    public string GroupAdminsOnly => ProfileTexts.GroupAdminsOnly;

    public string GroupAdminUnknown => ProfileTexts.GroupAdminUnknown;

    public string ForgetMeInGroup => ProfileTexts.ForgetMeInGroup;

    public string SmallTalkReply(SmallTalkKind kind, string? example) => ProfileTexts.SmallTalkReply(kind, example);

    public string GroupIntro(string botUsername) => ProfileTexts.GroupIntro(botUsername);

    public string About(string contact) => ProfileTexts.About(contact);

    public string Privacy(int days) => ProfileTexts.Privacy(days);

    public string Forgotten(ForgetResult result) => ProfileTexts.Forgotten(result);

    public string LanguageName(string code) => code switch
    {
        "uk" => "Ukrainian",
        "ru" => "Russian",
        "de" => "German",
        "fr" => "French",
        _ => "English",
    };

    public string LanguageStatus(string? chosen, string shown) => (chosen is null
        ? $"Interface language: <b>automatic</b> — {LanguageName(shown)}, from your Telegram settings."
        : $"Interface language: <b>{LanguageName(chosen)}</b>, as you chose.")
        + "\n\nPick one below, or send <code>/language uk</code>, <code>ru</code>, <code>en</code>, <code>de</code>, <code>fr</code> " +
        "or <code>/language auto</code>. The interface is written in English, Ukrainian and Russian; questions are understood in all five.";

    public string LanguageSet(string code) => code is "de" or "fr"
        ? $"Done: your language is {LanguageName(code)}. Questions in it are understood; the interface stays in English."
        : $"Done: I'll speak {LanguageName(code)} to you. /language auto follows your Telegram settings again.";

    public string LanguageReset(string shown) => $"Done: the interface language is automatic again — {LanguageName(shown)}, from your Telegram settings.";

    public string LanguageBad(string argument) =>
        $"<code>{Core.Rendering.Html.Escape(Core.Rendering.TextCut.Shorten(argument, 20))}</code> is not a language I know. " +
        "Send <code>/language uk</code>, <code>ru</code>, <code>en</code>, <code>de</code> or <code>fr</code>, or <code>/language auto</code> " +
        "to follow your Telegram settings. Nothing was changed.";

    public string AutomaticButton => "Automatic";

    public string? BotDescription => null;

    public string? BotShortDescription => null;

    public string UnknownTopics(IReadOnlyList<string> unknown, IReadOnlyList<string> known) => Subscriptions.UnknownTopics(unknown, known);

    public string WelcomeBack => Subscriptions.WelcomeBack;

    public string SubscribedToAll => Subscriptions.SubscribedToAll;

    public string AlreadySubscribedToAll => Subscriptions.AlreadySubscribedToAll;

    public string AllIncludesTopics => Subscriptions.AllIncludesTopics;

    // When the new topics are all the chat follows, one list says it; two equal lists read as a stutter.
    public string SubscribedTo(IReadOnlyList<string> added, IReadOnlyList<string> now) =>
        added.Order(StringComparer.Ordinal).SequenceEqual(now.Order(StringComparer.Ordinal)) ? $"Subscribed to: {string.Join(", ", added)}." : Subscriptions.SubscribedTo(added, now);

    public string AlreadyFollow(IReadOnlyList<string> now) => Subscriptions.AlreadyFollow(now);

    public string NoSubscriptions => Subscriptions.NoSubscriptions;

    public string UnsubscribeAllFirst => Subscriptions.UnsubscribeAllFirst;

    public string UnsubscribedAll => Subscriptions.UnsubscribedAll;

    public string UnsubscribedFrom(IReadOnlyList<string> removed) => Subscriptions.UnsubscribedFrom(removed);

    public string DidNotFollow(IReadOnlyList<string> notFollowed) => Subscriptions.DidNotFollow(notFollowed);

    public string StillFollow(IReadOnlyList<string> now) => Subscriptions.StillFollow(now);

    public string NoSubscriptionsHint(IReadOnlyList<string> known) => Subscriptions.NoSubscriptionsHint(known);

    public string GetsAll => Subscriptions.GetsAll;

    public string Follows(IReadOnlyList<string> tags) => Subscriptions.Follows(tags);

    public string Paused => Subscriptions.Paused;
}
