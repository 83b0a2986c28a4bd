namespace ChatBot.Options;

public enum TelegramMode
{
    Polling,
    Webhook,
}
