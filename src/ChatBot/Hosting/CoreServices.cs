using ChatBot.Core.Answering;
using ChatBot.Core.Matching;
using ChatBot.Core.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Hosting;

public static class CoreServices
{
    /// <summary>The store, matcher and renderers every mode (Telegram, console, ask) shares.</summary>
    /// <param name="configuration">Read now for <c>Storage:Provider</c>, which decides the store classes registered.</param>
    public static IServiceCollection AddChatBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration);
        services.AddSingleton<Readiness>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton(new MatcherOptions());
        services.AddSingleton<Matcher>();
        services.AddSingleton<MatchIndexProvider>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<HtmlAnswerRenderer>();
        services.AddSingleton<TextAnswerRenderer>();
        return services;
    }
}
