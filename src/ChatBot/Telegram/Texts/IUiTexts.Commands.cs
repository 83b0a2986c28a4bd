using ChatBot.Core.Privacy;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Conversation;

namespace ChatBot.Telegram.Texts;

/// <summary>Command replies, the profile, groups and /language.</summary>
public partial interface IUiTexts
{
    /// <summary>A command's line in the menu and in /help; curator commands keep their English description.</summary>
    string Describe(IBotCommand command);

    string Help(IReadOnlyList<IBotCommand> commands, IReadOnlyList<string> examples, string? username);

    string FactUsage { get; }

    string NoSources { get; }

    string SourcesTitle { get; }

    /// <summary>The inline results' button when nothing matched (plain text).</summary>
    string AskPrivately { get; }

    string GroupAdminsOnly { get; }

    string GroupAdminUnknown { get; }

    string ForgetMeInGroup { get; }

    string SmallTalkReply(SmallTalkKind kind, string? example);

    string GroupIntro(string botUsername);

    string About(string contact);

    string Privacy(int days);

    string Forgotten(ForgetResult result);

    /// <summary>A /language value's name, in this language ("українська", "English").</summary>
    string LanguageName(string code);

    /// <summary>/language without an argument: the current choice (null: automatic) and the language shown.</summary>
    string LanguageStatus(string? chosen, string shown);

    string LanguageSet(string code);

    string LanguageReset(string shown);

    string LanguageBad(string argument);

    /// <summary>The button that resets to automatic (plain text).</summary>
    string AutomaticButton { get; }

    /// <summary>setMyDescription for this language, or null to use the configured English one.</summary>
    string? BotDescription { get; }

    /// <summary>setMyShortDescription for this language, or null to use the configured English one.</summary>
    string? BotShortDescription { get; }
}
