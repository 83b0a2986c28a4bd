using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Telegram.Callbacks;

public static class CallbackRegistration
{
    public static IServiceCollection AddCallbackHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICallbackHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICallbackHandler, THandler>());
        return services;
    }
}
