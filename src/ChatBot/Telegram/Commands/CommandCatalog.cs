using ChatBot.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Commands;

/// <summary>The registered commands by name, as a given user may see them.</summary>
public sealed class CommandCatalog(IEnumerable<IBotCommand> commands, IOptions<BotOptions> options)
{
    private readonly IReadOnlyList<IBotCommand> _all = commands.OrderBy(c => c.AdminOnly).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    /// <summary>The command, or null when it does not exist or the user may not know of it.</summary>
    public IBotCommand? Find(string name, long? userId)
    {
        var command = _all.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        return command is { AdminOnly: true } && !options.Value.IsAdmin(userId) ? null : command;
    }

    public IReadOnlyList<IBotCommand> VisibleTo(long? userId) =>
        _all.Where(c => !c.AdminOnly || options.Value.IsAdmin(userId)).ToList();

    public IReadOnlyList<IBotCommand> Public => _all.Where(c => !c.AdminOnly).ToList();

    public IReadOnlyList<IBotCommand> All => _all;
}
