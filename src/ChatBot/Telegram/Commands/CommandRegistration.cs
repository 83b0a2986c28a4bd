using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Telegram.Commands;

public static class CommandRegistration
{
    /// <summary>Adds a slash command; the router and the command menu pick it up by its <see cref="IBotCommand.Name"/>.</summary>
    public static IServiceCollection AddBotCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IBotCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IBotCommand, TCommand>());
        return services;
    }
}
