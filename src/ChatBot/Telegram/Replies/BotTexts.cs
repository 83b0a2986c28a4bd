using System.Text;
using ChatBot.Core.Curation;
using ChatBot.Core.Rendering;
using ChatBot.Telegram.Commands;

namespace ChatBot.Telegram.Replies;

/// <summary>The bot's fixed wording, in Telegram HTML; everything interpolated is escaped here.</summary>
public static class BotTexts
{
    public const string Coverage =
        "I answer questions about the US–Russia–Ukraine peace talks — delegations, proposals, ceasefire positions and " +
        "related events — from a curated set of facts, each with a verbatim quote and its source.";

    public const string UnknownCommand = "I don't know that command. Send /help to see what I can do.";

    public const string NotText = "I can only read text. Please send me your question as text, or as the caption of a photo.";

    public const string NoQuestion = "I couldn't find a question in that. Please ask in words, for example: <i>Who leads the US delegation?</i>";

    public const string FloodNotice = "You're asking faster than I can keep up. Please wait a minute, then ask again.";

    // The question was usually clear; what is missing is a fact on it, so the reply says so rather than doubting the asker.
    public const string DidYouMean = "I don't have a verified fact on that. The closest facts I have:";

    public const string AlsoAsked = "Did you mean something else?";

    /// <summary>A source sentence for a question no fact answers: the source's words, set apart from a verified answer.</summary>
    public static string Passage(Core.Answering.PassageAnswer passage, bool offersFacts)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return new StringBuilder("I don't have a verified fact on that, but the source says:\n\n<blockquote>")
            .Append(Html.Escape(passage.Text)).Append("</blockquote>\n— ").Append(HtmlAnswerRenderer.SourceLine(passage.Citation))
            .Append("\n\n<i>").Append(Html.Escape(HtmlAnswerRenderer.PassageNote(passage))).Append(".</i>")
            .Append(offersFacts ? "\n\nVerified facts on something close:" : "").ToString();
    }

    public const string FactGone = "That answer is no longer available.";

    public const string AlreadyAnswered = "Already answered — see the message above.";

    public static string TooLong(int max) =>
        $"That message is too long for me. Please ask one short question (under {max} characters).";

    public static string Welcome(IReadOnlyList<string> examples) =>
        new StringBuilder("<b>Hello!</b> ").Append(Html.Escape(Coverage)).Append("\n\nJust ask, for example:").Append(Examples(examples))
            .Append("\n\nSend /help for more.").ToString();

    public static string Unanswered(IReadOnlyList<string> examples) =>
        new StringBuilder("I don't have a verified fact on that yet, so I won't guess. ").Append(Html.Escape(Coverage))
            .Append("\n\nYou could ask:").Append(Examples(examples)).ToString();

    public static string Retracted(Core.Facts.Fact fact, IReadOnlyList<string> examples)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new StringBuilder("The answer to <i>").Append(Html.Escape(fact.Question)).Append("</i> was retracted by the curators on ")
            .Append(Dates.Show(DateOnly.FromDateTime(fact.UpdatedAt.UtcDateTime)))
            .Append(", so I no longer give it.\n\nYou could ask:").Append(Examples(examples)).ToString();
    }

    public static string Help(IReadOnlyList<IBotCommand> commands, IReadOnlyList<string> examples, string? username)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var me = string.IsNullOrEmpty(username) ? "my username" : "@" + Html.Escape(username);
        var sb = new StringBuilder("<b>How to use me</b>\n").Append(Html.Escape(Coverage))
            .Append("\n\nAsk a question in plain words, in English, Ukrainian, Russian, German or French. In groups, mention me or reply to one of my messages. ")
            .Append("In any chat you can also type ").Append(me).Append(" and a question.\n\n<b>Commands</b>");
        foreach (var c in commands)
        {
            sb.Append("\n/").Append(Html.Escape(c.Name)).Append(" — ").Append(Html.Escape(c.Description));
        }
        return sb.Append("\n\n<b>Examples</b>").Append(Examples(examples)).ToString();
    }

    /// <summary>Echoes at most a short prefix of what was typed: a pasted essay must not come back over several messages.</summary>
    public static string FactNotFound(string id) => Slug.IsWellFormed(id)
        ? $"I have no fact with the id <code>{Html.Escape(id)}</code>."
        : $"<code>{Html.Escape(TextCut.Shorten(id, 40))}</code> is not a fact id. Ids are short, like <code>ternopil-strike</code> " +
          "(lower-case letters, digits and dashes).";

    private static string Examples(IReadOnlyList<string> examples) =>
        string.Concat(examples.Select(e => "\n• <i>" + Html.Escape(e) + "</i>"));
}
