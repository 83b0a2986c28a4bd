using ChatBot.Telegram.Commands;

namespace ChatBot.Tests.Support;

/// <summary>A stand-in for the admin commands of later issues.</summary>
public sealed class PingCommand : IBotCommand
{
    public string Name => "ping";

    public string Description => "Admin check";

    public bool AdminOnly => true;

    public Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RespondAsync("pong", cancellationToken);
    }
}
