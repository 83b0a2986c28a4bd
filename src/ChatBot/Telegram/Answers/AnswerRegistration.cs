using ChatBot.Core.Changes;
using ChatBot.Core.Feedback;
using ChatBot.Storage.Changes;
using ChatBot.Storage.Feedback;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Commands.Admin.Feedback;
using ChatBot.Telegram.Latest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Telegram.Answers;

public static class AnswerRegistration
{
    /// <summary>
    /// What goes with every answer (layout, votes, share, related, follow-ups), /latest and the curators' /feedback.
    /// Needs <c>AddTelegramBot()</c> and <c>AddCurationCommands()</c>.
    /// </summary>
    public static IServiceCollection AddAnswerExtras(this IServiceCollection services)
    {
        services.TryAddSingleton<AnswerHtml>();
        services.TryAddSingleton<RelatedFacts>();
        services.TryAddSingleton<AnswerPresenter>();
        services.TryAddSingleton<FollowUps>();
        services.TryAddSingleton<MessageEditor>();
        services.TryAddSingleton<IAnswerVotes, SqliteAnswerVotes>();
        services.TryAddSingleton<IFactVersionFeed, SqliteFactVersionFeed>();
        services.TryAddSingleton<LatestChanges>();
        services.TryAddSingleton<FeedbackReport>();
        services.AddBotCommand<LatestCommand>().AddBotCommand<FeedbackCommand>();
        services.AddCallbackHandler<VoteCallback>().AddCallbackHandler<ReasonCallback>().AddCallbackHandler<RelatedCallback>()
            .AddCallbackHandler<FeedbackOpenCallback>().AddCallbackHandler<FeedbackAttachCallback>();
        return services;
    }
}
