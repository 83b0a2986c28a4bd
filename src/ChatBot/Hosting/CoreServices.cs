using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;
using ChatBot.Core.Rendering;
using ChatBot.Options;
using ChatBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

public static class CoreServices
{
    /// <summary>The store, matcher and renderers every mode (Telegram, console, ask) shares.</summary>
    public static IServiceCollection AddChatBotCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "Storage:DatabasePath must not be blank; set it to the SQLite file, e.g. data/chatbot.db.").ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
        services.AddSingleton<SqliteFactStore>();
        services.AddSingleton<IFactStore>(sp => sp.GetRequiredService<SqliteFactStore>());
        services.AddSingleton<ICurationStore, SqliteCurationStore>();
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
