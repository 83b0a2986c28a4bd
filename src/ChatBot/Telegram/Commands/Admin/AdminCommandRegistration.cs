using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Curation.Transfer;
using ChatBot.Telegram.Answers;
using ChatBot.Telegram.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Telegram.Commands.Admin;

public static class AdminCommandRegistration
{
    /// <summary>
    /// The curation use cases and the admin commands over them (the stores come from the storage registration). Needs <c>AddChatBotCore()</c> and the
    /// Telegram transport (<c>AddTelegramBot()</c>); /stats counts subscribers when an ISubscriptionStore is registered.
    /// </summary>
    public static IServiceCollection AddCurationCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<FactRules>();
        services.TryAddSingleton<SourceCuration>();
        services.TryAddSingleton<FactCuration>();
        services.TryAddSingleton<FactLifecycle>();
        services.TryAddSingleton<SynonymCuration>();
        services.TryAddSingleton<FactCatalog>();
        services.TryAddSingleton<UnansweredReport>();
        services.TryAddSingleton<CurationStats>();
        services.TryAddSingleton<StoreExporter>();
        services.TryAddSingleton<StoreImporter>();
        services.TryAddScoped<AdminFiles>();
        services.AddBotCommand<AddSourceCommand>().AddBotCommand<AddFactCommand>().AddBotCommand<EditFactCommand>()
            .AddBotCommand<DelFactCommand>().AddBotCommand<RestoreFactCommand>().AddBotCommand<HistoryCommand>()
            .AddBotCommand<AliasCommand>().AddBotCommand<SynonymCommand>().AddBotCommand<FactsCommand>()
            .AddBotCommand<UnansweredCommand>().AddBotCommand<StatsCommand>().AddBotCommand<ExportCommand>()
            .AddBotCommand<ImportCommand>();
        services.AddCallbackHandler<UnansweredCallback>().AddCallbackHandler<HeldAlertCallback>();
        return services.AddFeedbackCommands();
    }
}
