using ChatBot.Core.Changes;
using ChatBot.Core.Feedback;
using ChatBot.Telegram.Callbacks;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Commands.Admin.Feedback;
using ChatBot.Telegram.Latest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Telegram.Answers;

public static class AnswerRegistration
{
    /// <summary>What goes with every answer (layout, votes, share, related, follow-ups) and /latest; <c>AddTelegramBot()</c> calls it.</summary>
    public static IServiceCollection AddAnswerExtras(this IServiceCollection services)
    {
        services.TryAddSingleton<AnswerHtml>();
        services.TryAddSingleton<RelatedFacts>();
        services.TryAddSingleton<AnswerPresenter>();
        services.TryAddSingleton<FactOpener>();
        services.TryAddSingleton<FollowUps>();
        services.TryAddSingleton<LatestChanges>();
        services.AddBotCommand<LatestCommand>();
        return services.AddCallbackHandler<VoteCallback>().AddCallbackHandler<ReasonCallback>().AddCallbackHandler<RelatedCallback>();
    }

    /// <summary>/feedback and its buttons, over the curation use cases (<c>AddCurationCommands()</c> calls it).</summary>
    public static IServiceCollection AddFeedbackCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<FeedbackReport>();
        return services.AddBotCommand<FeedbackCommand>().AddCallbackHandler<FeedbackOpenCallback>().AddCallbackHandler<FeedbackAttachCallback>();
    }
}
