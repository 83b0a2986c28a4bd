using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Replies;

namespace ChatBot.Telegram.Commands;

/// <summary>Welcome with example questions; "/start f_&lt;id&gt;" (a t.me deep link) opens that fact in the reader's language.</summary>
public sealed class StartCommand(FactOpener opener, ExampleQuestions examples) : IBotCommand
{
    public const string FactLinkPrefix = "f_";

    public string Name => "start";

    public string Description => "Welcome and example questions";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Arguments.Trim();
        if (payload.StartsWith(FactLinkPrefix, StringComparison.Ordinal)
            && await opener.TryOpenAsync(context, payload[FactLinkPrefix.Length..], cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var welcome = context.Texts.Welcome(await examples.GetAsync(context.Texts.Language, cancellationToken).ConfigureAwait(false));
        // A link that named a fact (mistyped, cut short, or the fact deleted) must not pass for a plain greeting.
        if (payload.Length > 0 && payload != Inline.InlineQueryHandler.StartParameter)
        {
            welcome = context.Texts.LinkedFactNotFound + "\n\n" + welcome;
        }
        await context.RespondAsync(welcome, cancellationToken).ConfigureAwait(false);
    }
}
