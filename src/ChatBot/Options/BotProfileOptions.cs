namespace ChatBot.Options;

/// <summary>What Telegram shows about the bot and what /about says (section "Bot", next to <see cref="BotOptions"/>).</summary>
public sealed class BotProfileOptions
{
    public const string Section = "Bot";

    /// <summary>Telegram's limits for setMyDescription and setMyShortDescription.</summary>
    public const int MaxDescription = 512;
    public const int MaxShortDescription = 120;

    /// <summary>The "What can this bot do?" text of an empty chat.</summary>
    public string Description { get; set; } =
        "I answer questions about the US–Russia–Ukraine peace talks — delegations, proposals, ceasefire positions — from a " +
        "curated set of facts. Every answer quotes its source word for word, with the outlet, date and link. " +
        "Ask in plain words, e.g. \"Who leads the US delegation?\". /subscribe to hear when a fact changes.";

    /// <summary>Shown on the bot's profile and in shared links.</summary>
    public string ShortDescription { get; set; } = "Cited answers about the US–Russia–Ukraine peace talks, each with its verbatim source.";

    /// <summary>How to reach the curators, for /about. Plain text.</summary>
    public string ContactText { get; set; } = DefaultContactText;

    /// <summary>The contact line when none is configured; the Ukrainian and Russian interfaces translate this one only.</summary>
    public const string DefaultContactText = "Reply 👎 under an answer, or write to the curators of this bot's channel.";
}
