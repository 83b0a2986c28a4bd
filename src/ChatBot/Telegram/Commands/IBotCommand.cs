namespace ChatBot.Telegram.Commands;

/// <summary>
/// One slash command. Implementations are registered with <c>services.AddBotCommand&lt;T&gt;()</c> and resolved per
/// update, so they may take scoped services. An <see cref="AdminOnly"/> command is invisible to everyone whose user id
/// is not in Bot:AdminUserIds: they get exactly the unknown-command reply, and only admins see it in their menu.
/// </summary>
public interface IBotCommand
{
    /// <summary>Lower case, without the slash: "start", "fact".</summary>
    string Name { get; }

    /// <summary>Shown in Telegram's command menu and in /help.</summary>
    string Description { get; }

    bool AdminOnly { get; }

    Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}
