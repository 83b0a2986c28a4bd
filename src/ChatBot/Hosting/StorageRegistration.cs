using ChatBot.Core.Alerts;
using ChatBot.Core.Changes;
using ChatBot.Core.Conversations;
using ChatBot.Core.Coordination;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Facts;
using ChatBot.Core.Feedback;
using ChatBot.Core.Languages;
using ChatBot.Core.Privacy;
using ChatBot.Core.Storage;
using ChatBot.Options;
using ChatBot.Storage;
using ChatBot.Storage.Alerts;
using ChatBot.Storage.Changes;
using ChatBot.Storage.Conversations;
using ChatBot.Storage.Coordination;
using ChatBot.Storage.Curation;
using ChatBot.Storage.Feedback;
using ChatBot.Storage.Languages;
using ChatBot.Storage.Postgres;
using ChatBot.Storage.Postgres.Alerts;
using ChatBot.Storage.Postgres.Changes;
using ChatBot.Storage.Postgres.Conversations;
using ChatBot.Storage.Postgres.Coordination;
using ChatBot.Storage.Postgres.Curation;
using ChatBot.Storage.Postgres.Feedback;
using ChatBot.Storage.Postgres.Languages;
using ChatBot.Storage.Postgres.Privacy;
using ChatBot.Storage.Postgres.Receipts;
using ChatBot.Storage.Privacy;
using ChatBot.Storage.Receipts;
using ChatBot.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatBot.Hosting;

/// <summary>
/// Every store port, registered once per provider. <c>Storage:Provider</c> chooses: <c>Sqlite</c> (default) or
/// <c>Postgres</c>. Each method uses TryAdd, so a store registered before it (a test's database) is kept.
/// </summary>
public static class StorageRegistration
{
    /// <summary>The options (validated at start) and the provider <c>Storage:Provider</c> names.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => o.IsKnownProvider, "Storage:Provider must be Sqlite or Postgres.")
            .Validate(o => o.IsPostgres || !string.IsNullOrWhiteSpace(o.DatabasePath),
                "Storage:DatabasePath must not be blank; set it to the SQLite file, e.g. data/chatbot.db.")
            .Validate(o => !o.IsPostgres || IsConnectionString(o.ConnectionString),
                "Storage:ConnectionString must be an Npgsql connection string (Host=…;Database=…;Username=…) when Storage:Provider is Postgres.")
            .Validate(o => o.ClaimLease > TimeSpan.Zero, "Storage:ClaimLease must be positive.")
            .ValidateOnStart();
        var provider = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        return new StorageOptions { Provider = provider ?? StorageOptions.Sqlite }.IsPostgres ? services.AddPostgresStorage() : services.AddSqliteStorage();
    }

    /// <summary>The embedded SQLite file at <c>Storage:DatabasePath</c> (or a <see cref="SqliteDatabase"/> registered before).</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
        services.TryAddSingleton<IStoreMigrator, SqliteStoreMigrator>();
        services.TryAddSingleton<SqliteFactStore>();
        services.TryAddSingleton<IFactStore>(sp => sp.GetRequiredService<SqliteFactStore>());
        services.TryAddSingleton<ICurationStore, SqliteCurationStore>();
        services.TryAddSingleton<ICurationRepository, SqliteCurationRepository>();
        services.TryAddSingleton<IQuestionInsights, SqliteQuestionInsights>();
        services.TryAddSingleton<IFactVersionFeed, SqliteFactVersionFeed>();
        services.TryAddSingleton<IUpdateInbox, SqliteUpdateInbox>();
        services.TryAddSingleton<IFloodWindow, ProcessFloodWindow>();
        services.TryAddSingleton<IChatClaims>(sp => new SqliteChatClaims(sp.GetRequiredService<IUpdateInbox>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IQuestionLog, SqliteQuestionLog>();
        services.TryAddSingleton<ICommandReceipts, SqliteCommandReceipts>();
        services.TryAddSingleton<IAnswerMessages, SqliteAnswerMessages>();
        services.TryAddSingleton<IAnswerVotes, SqliteAnswerVotes>();
        services.TryAddSingleton<IPrivacyStore, SqlitePrivacyStore>();
        services.TryAddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.TryAddSingleton<IAlertOutbox, SqliteAlertOutbox>();
        services.TryAddSingleton<IHeldAlerts, SqliteHeldAlerts>();
        services.TryAddSingleton<IUserLanguages, SqliteUserLanguages>();
        services.TryAddSingleton<SingleProcessLease>();
        services.TryAddSingleton<IDispatcherLease>(sp => sp.GetRequiredService<SingleProcessLease>());
        services.TryAddSingleton<IPollerLease>(sp => sp.GetRequiredService<SingleProcessLease>());
        // One process owns the file: its chats are ordered in memory, with no claim to write per update.
        services.TryAddSingleton<UpdateDispatcher>();
        services.TryAddSingleton<IUpdateScheduler>(sp => sp.GetRequiredService<UpdateDispatcher>());
        return services;
    }

    /// <summary>
    /// A PostgreSQL database shared by replicas, at <c>Storage:ConnectionString</c> (or a <see cref="PostgresDatabase"/>
    /// registered before). Migrations run at start under an advisory lock.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new PostgresDatabase(o.ConnectionString!, o.ReplicaId, o.ClaimLease);
        });
        services.TryAddSingleton<IStoreMigrator, PostgresStoreMigrator>();
        services.TryAddSingleton<IFactStore, PostgresFactStore>();
        services.TryAddSingleton<ICurationStore, PostgresCurationStore>();
        services.TryAddSingleton<ICurationRepository, PostgresCurationRepository>();
        services.TryAddSingleton<IQuestionInsights, PostgresQuestionInsights>();
        services.TryAddSingleton<IFactVersionFeed, PostgresFactVersionFeed>();
        services.TryAddSingleton<IUpdateInbox, PostgresUpdateInbox>();
        services.TryAddSingleton<IChatClaims, PostgresChatClaims>();
        services.TryAddSingleton<IFloodWindow, PostgresFloodWindow>();
        services.TryAddSingleton<IQuestionLog, PostgresQuestionLog>();
        services.TryAddSingleton<ICommandReceipts, PostgresCommandReceipts>();
        services.TryAddSingleton<IAnswerMessages, PostgresAnswerMessages>();
        services.TryAddSingleton<IAnswerVotes, PostgresAnswerVotes>();
        services.TryAddSingleton<IPrivacyStore, PostgresPrivacyStore>();
        services.TryAddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.TryAddSingleton<IAlertOutbox, PostgresAlertOutbox>();
        services.TryAddSingleton<IHeldAlerts, PostgresHeldAlerts>();
        services.TryAddSingleton<IUserLanguages, PostgresUserLanguages>();
        services.TryAddSingleton<IDispatcherLease, PostgresDispatcherLease>();
        services.TryAddSingleton<IPollerLease, PostgresPollerLease>();
        // Replicas share the inbox: every update goes through a per-chat claim, whichever replica stored it.
        services.TryAddSingleton<IUpdateScheduler, ClaimedUpdateRunner>();
        return services;
    }

    private static bool IsConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
