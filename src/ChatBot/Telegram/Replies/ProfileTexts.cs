using ChatBot.Core.Privacy;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Conversation;

namespace ChatBot.Telegram.Replies;

/// <summary>Small talk, group intro, /about, /privacy, /forgetme and group-admin wording, in Telegram HTML.</summary>
public static class ProfileTexts
{
    public const string GroupAdminsOnly =
        "Only this group's administrators can change its alerts. Ask one of them, or /subscribe in a private chat with me.";

    public const string GroupAdminUnknown = "I couldn't check whether you're an administrator of this group. Please try again in a minute.";

    public const string ForgetMeInGroup = "To keep it private, send /forgetme in a private chat with me.";

    public static string SmallTalkReply(SmallTalkKind kind, string? example)
    {
        var ask = example is null ? "" : $" Try: <i>{Html.Escape(example)}</i>";
        return kind switch
        {
            SmallTalkKind.Thanks => "You're welcome! Ask me anything else about the peace talks." + ask,
            SmallTalkKind.Acknowledgement => "👍 Ask me anything else about the peace talks whenever you like." + ask,
            SmallTalkKind.Identity => "I'm a bot that answers questions about the US–Russia–Ukraine peace talks, quoting my sources." + ask,
            _ => "Hi! Ask me a question about the US–Russia–Ukraine peace talks." + ask,
        };
    }

    public static string GroupIntro(string botUsername) =>
        $"Hi! I answer questions about the US–Russia–Ukraine peace talks, each with its source.\n" +
        $"To ask here, mention me (<code>@{Html.Escape(botUsername)} who leads the US delegation?</code>) or reply to one of my messages.";

    public static string About(string contact) =>
        "<b>About this bot</b>\n" + Html.Escape(BotTexts.Coverage) +
        "\n\n<b>Who curates it</b>\nA small team of curators adds each fact by hand from a published source and checks that every quote appears word for word in it. " +
        "When a fact changes, the change is kept and subscribers are told." +
        "\n\n<b>Reaching the curators</b>\n" + Html.Escape(contact) +
        "\n\nSee /privacy for what I store.";

    public static string Privacy(int days) =>
        "<b>What I store</b>\n" +
        "• The questions you ask me, with your Telegram user id and the chat, so curators can see what people ask and I cannot answer.\n" +
        "• Your 👍/👎 votes on answers.\n" +
        "• Your alert subscriptions (/subscribe), until you /unsubscribe.\n" +
        "• Your interface language, if you chose one (/language).\n" +
        $"\n<b>For how long</b>\nQuestions are deleted after {days} days (checked daily). Votes, subscriptions and your language choice stay until you remove them.\n" +
        "\nI don't store your name, phone number or any other message.\n" +
        "\n/forgetme deletes your questions, votes, subscriptions and language choice now.";

    public static string Forgotten(ForgetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Done. I deleted {Count(result.Questions, "question")}, {Count(result.Votes, "vote")} and " +
            $"{Count(result.Subscriptions, "alert subscription")}. I keep nothing else about you.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
