using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Changes;
using ChatBot.Core.Facts;
using ChatBot.Core.Feedback;
using ChatBot.Core.Languages;
using ChatBot.Core.Privacy;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Conversation;
using ChatBot.Telegram.Texts;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Languages;

/// <summary>Every text of the Ukrainian and Russian catalogues, including those no walk through the bot easily reaches.</summary>
public sealed class CatalogueTests
{
    private static readonly Citation Citation = new("Heading the delegation is Dan Driscoll.", "bbc", "Pentagon officials arrive", "BBC News",
        "https://www.bbc.com/x", new DateOnly(2025, 11, 20));

    private static readonly Fact Fact = new("delegation-head", "Who leads the delegation?", [], "Dan Driscoll leads it.", [],
        ["delegation"], new DateOnly(2025, 11, 20), UpdatedAt: new DateTimeOffset(2025, 11, 21, 8, 0, 0, TimeSpan.Zero));

    private static readonly string[] Content =
    [
        Fact.Question, Fact.Answer, Fact.Id, Citation.Quote, Citation.SourceTitle, Citation.Outlet, "ceasefire", "peace-plan", "made-up",
        "delegation", "test_chat_bot", "Write to the team",
    ];

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Every_ukrainian_and_russian_text_is_free_of_latin_words_apart_from_content_commands_and_code(string language)
    {
        var texts = UiTexts.For(language);

        var latin = EveryText(texts).SelectMany(t => LatinWords.InHtml(t, Content).Select(w => $"{w} in: {t}")).ToList();

        Assert.Equal(language, texts.Language);
        Assert.Empty(latin);
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Every_ukrainian_and_russian_alert_frame_is_free_of_latin_words(string language)
    {
        var texts = AlertTexts.For(language);
        string[] alerts =
        [
            AlertText.ForFactChange("Someone else led it.", Fact, [Citation], null, texts),
            AlertText.ForFactChange(null, Fact, [Citation], texts.RestoredVersion("v2"), texts),
            AlertText.ForFactChange(null, Fact with { Answer = new string('x', 5000) }, [Citation], texts.Restored, texts),
            RetractionText.For(Fact, Fact.UpdatedAt, texts),
            AlertText.ForBroadcast("Talks resume", texts),
            texts.FullFactButton,
        ];

        var latin = alerts.SelectMany(t => LatinWords.InHtml(t, [.. Content, "Someone else led it.", "Talks resume", new string('x', 5000)])
            .Select(w => $"{w} in: {t}")).ToList();

        Assert.Equal(language, texts.Language);
        Assert.Empty(latin);
    }

    [Fact]
    public void The_check_finds_the_english_catalogues_words()
    {
        var latin = EveryText(UiTexts.English).OfType<string>().SelectMany(t => LatinWords.InHtml(t, Content)).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("checked", latin);
        Assert.Contains("Share", latin);
    }

    [Theory]
    [InlineData("uk", "20 листопада 2025")]
    [InlineData("ru", "20 ноября 2025")]
    [InlineData("en", "20 Nov 2025")]
    public void Dates_are_written_in_the_readers_language(string language, string expected)
    {
        Assert.Equal(expected, UiTexts.For(language).ShowDate(new DateOnly(2025, 11, 20)));
        Assert.EndsWith(expected, UiTexts.For(language).SourceLine(Citation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 запитання")]
    [InlineData(3, "3 запитання")]
    [InlineData(5, "5 запитань")]
    [InlineData(11, "11 запитань")]
    [InlineData(21, "21 запитання")]
    [InlineData(112, "112 запитань")]
    public void Counts_take_the_ukrainian_and_russian_plural_forms(int n, string expected) =>
        Assert.Equal(expected, TextParts.Count(n, "запитання", "запитання", "запитань"));

    [Fact]
    public void The_english_catalogue_is_the_wording_the_bot_always_had()
    {
        var en = UiTexts.English;

        Assert.Equal("I don't know that command. Send /help to see what I can do.", en.UnknownCommand);
        Assert.Equal("Last checked 20 Nov 2025", en.LastChecked(new DateOnly(2025, 11, 20)));
        Assert.Equal("↗ Share", en.Share);
        Assert.Null(en.AnswerNote);
        Assert.Same(en, UiTexts.For("de"));
        Assert.Same(en, UiTexts.For(null));
    }

    [Theory]
    [InlineData(null, null, "en")]
    [InlineData(null, "uk", "uk")]
    [InlineData(null, "ru-RU", "ru")]
    [InlineData(null, "be", "en")]
    [InlineData(null, "de", "en")]
    [InlineData("en", "uk", "en")]
    [InlineData("ru", "uk", "ru")]
    [InlineData("fr", "ru", "en")]
    public void The_interface_language_is_the_stored_choice_else_telegrams_uk_or_ru_else_english(string? chosen, string? code, string expected) =>
        Assert.Equal(expected, InterfaceLanguage.Of(chosen, code));

    [Theory]
    [InlineData(null, "en", "uk", "uk")]
    [InlineData(null, "uk", "en", "uk")]
    [InlineData("en", "en", "uk", "en")]
    [InlineData("ru", "uk", "uk", "ru")]
    public void Around_an_answer_a_ukrainian_or_russian_question_decides_unless_the_user_chose(string? chosen, string code, string question, string expected) =>
        Assert.Equal(expected, InterfaceLanguage.ForAnswer(chosen, code, question));

    private static IEnumerable<string> EveryText(IUiTexts t)
    {
        var passage = new PassageAnswer(Citation, 0.87);
        string[] examples = [Fact.Question];
        IBotCommand[] commands = [new HelpCommand(null!, null!, null!), new Telegram.Commands.Profile.LanguageCommand(null!)];
        yield return t.UnknownCommand;
        yield return t.NotText;
        yield return t.NoQuestion;
        yield return t.FloodNotice;
        yield return t.DidYouMean;
        yield return t.AlsoAsked;
        yield return t.FactGone;
        yield return t.AlreadyAnswered;
        yield return t.TooLong(500);
        yield return t.AnswerNote!;
        yield return t.Passage(passage, true);
        yield return t.NoFact(examples);
        yield return t.Welcome(examples);
        yield return t.Retracted(Fact, examples);
        yield return t.FactNotFound("no-such-fact");
        yield return t.FactNotFound("Not an id!");
        yield return t.SourceLabel + t.SourceLine(Citation);
        yield return t.LastChecked(Fact.AsOf);
        yield return t.NoVerifiedAnswer;
        yield return t.Share;
        yield return t.Related(Fact.Question);
        yield return t.WhatWasWrong;
        yield return t.ThanksUp;
        yield return t.ThanksDown;
        yield return t.ReasonNotYours;
        yield return t.ReasonRecorded;
        foreach (var reason in (string[])[DownVoteReason.Wrong, DownVoteReason.Outdated, DownVoteReason.Unanswered])
        {
            yield return t.Reason(reason);
        }
        yield return t.LatestNothing;
        yield return t.LatestTitle;
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            yield return t.ChangeLabel(kind);
        }
        yield return t.Was;
        yield return t.NoLongerGiven;
        yield return t.Help(commands, examples, "test_chat_bot");
        yield return t.Help(commands, examples, null);
        yield return t.FactUsage;
        yield return t.NoSources;
        yield return t.SourcesTitle;
        yield return t.AskPrivately;
        yield return t.GroupAdminsOnly;
        yield return t.GroupAdminUnknown;
        yield return t.ForgetMeInGroup;
        foreach (var kind in Enum.GetValues<SmallTalkKind>())
        {
            yield return t.SmallTalkReply(kind, Fact.Question);
        }
        yield return t.GroupIntro("test_chat_bot");
        yield return t.About(Options.BotProfileOptions.DefaultContactText);
        yield return t.About("Write to the team");
        yield return t.Privacy(30);
        yield return t.Forgotten(new ForgetResult(2, 1, 22));
        foreach (var code in InterfaceLanguage.Choices)
        {
            yield return t.LanguageName(code);
            yield return t.LanguageStatus(code, t.Language);
            yield return t.LanguageSet(code);
        }
        yield return t.LanguageStatus(null, "uk");
        yield return t.LanguageReset("ru");
        yield return t.LanguageBad("klingon");
        yield return t.AutomaticButton;
        yield return t.BotDescription!;
        yield return t.BotShortDescription!;
        string[] one = ["ceasefire"];
        string[] two = ["ceasefire", "peace-plan"];
        yield return t.UnknownTopics(["made-up"], two);
        yield return t.UnknownTopics(two, one);
        yield return t.WelcomeBack + t.SubscribedToAll;
        yield return t.AlreadySubscribedToAll;
        yield return t.AllIncludesTopics;
        yield return t.SubscribedTo(one, two);
        yield return t.AlreadyFollow(two);
        yield return t.NoSubscriptions;
        yield return t.UnsubscribeAllFirst;
        yield return t.UnsubscribedAll;
        yield return t.UnsubscribedFrom(one) + t.DidNotFollow(one) + t.StillFollow(two);
        yield return t.NoSubscriptionsHint(two);
        yield return t.GetsAll + t.Paused;
        yield return t.Follows(two);
    }
}
