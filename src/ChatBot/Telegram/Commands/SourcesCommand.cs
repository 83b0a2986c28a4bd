using System.Text;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Commands;

/// <summary>The source documents every quote is checked against.</summary>
public sealed class SourcesCommand(IFactStore store) : IBotCommand
{
    public string Name => "sources";

    public string Description => "The source documents behind the answers";

    public bool AdminOnly => false;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sources = await store.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
        if (sources.Count == 0)
        {
            await context.RespondAsync(context.Texts.NoSources, cancellationToken).ConfigureAwait(false);
            return;
        }
        var sb = new StringBuilder(context.Texts.SourcesTitle);
        foreach (var s in sources.OrderByDescending(s => s.Published))
        {
            var title = Html.Escape(s.Title);
            sb.Append("\n\n• ").Append(Html.IsSafeUrl(s.Url) ? $"<a href=\"{Html.Escape(s.Url)}\">{title}</a>" : title)
                .Append(" — ").Append(Html.Escape(s.Outlet));
            if (s.Published is { } published)
            {
                sb.Append(", ").Append(context.Texts.ShowDate(published));
            }
        }
        await context.RespondAsync(sb.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
