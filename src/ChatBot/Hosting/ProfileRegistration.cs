using ChatBot.Options;
using ChatBot.Privacy;
using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Commands.Alerts;
using ChatBot.Telegram.Commands.Profile;
using ChatBot.Telegram.Conversation;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Hosting;

/// <summary>Small talk, edits, group membership, the bot's profile texts, /about, /privacy, /forgetme and the daily prune.</summary>
internal static class ProfileRegistration
{
    public static IServiceCollection AddGroupsPrivacyProfile(this IServiceCollection services)
    {
        services.AddOptions<BotProfileOptions>().BindConfiguration(BotProfileOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Description) && o.Description.Length <= BotProfileOptions.MaxDescription,
                $"Bot:Description must be 1–{BotProfileOptions.MaxDescription} characters.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ShortDescription) && o.ShortDescription.Length <= BotProfileOptions.MaxShortDescription,
                $"Bot:ShortDescription must be 1–{BotProfileOptions.MaxShortDescription} characters.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ContactText) && o.ContactText.Length <= 500, "Bot:ContactText must be 1–500 characters.")
            .ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => o.QuestionLogDays is >= 1 and <= 3650, "Privacy:QuestionLogDays must be between 1 and 3650.")
            .ValidateOnStart();
        services.AddSingleton<MessageEditor>();
        services.AddSingleton<AnswerDelivery>();
        services.AddSingleton<SmallTalkHandler>();
        services.AddSingleton<GroupIntro>();
        services.AddSingleton<GroupAdmins>();
        services.AddHostedService<QuestionLogPruner>();
        return services.AddBotCommand<AboutCommand>().AddBotCommand<PrivacyCommand>().AddBotCommand<ForgetMeCommand>();
    }
}
