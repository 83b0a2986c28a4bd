namespace ChatBot.FakeTelegram;

/// <summary>The implemented methods; Telegram matches method names case-insensitively, and so does this table.</summary>
internal static class MethodTable
{
    private static readonly Dictionary<string, MethodEntry> Entries = Build(
        new("getMe", BotMethods.GetMe),
        new("logOut", BotMethods.True),
        new("close", BotMethods.True),
        new("setMyCommands", CommandMethods.SetMyCommands),
        new("getMyCommands", CommandMethods.GetMyCommands),
        new("deleteMyCommands", CommandMethods.DeleteMyCommands),
        new("setChatMenuButton", CommandMethods.SetChatMenuButton),
        new("getChatMenuButton", CommandMethods.GetChatMenuButton),
        new("getUpdates", UpdateMethods.GetUpdatesAsync),
        new("setWebhook", UpdateMethods.SetWebhook),
        new("deleteWebhook", UpdateMethods.DeleteWebhook),
        new("getWebhookInfo", UpdateMethods.GetWebhookInfo),
        new("sendMessage", SendMethods.SendMessage, CountsAsSend: true),
        new("sendDocument", SendMethods.SendDocument, CountsAsSend: true),
        new("editMessageText", EditMethods.EditMessageText),
        new("editMessageReplyMarkup", EditMethods.EditMessageReplyMarkup),
        new("deleteMessage", EditMethods.DeleteMessage),
        new("sendChatAction", QueryMethods.SendChatAction),
        new("answerCallbackQuery", QueryMethods.AnswerCallbackQuery),
        new("answerInlineQuery", QueryMethods.AnswerInlineQuery),
        new("getFile", BotMethods.GetFile),
        new("getChatMember", ProfileMethods.GetChatMember),
        new("setMyDescription", ProfileMethods.SetMyDescription),
        new("getMyDescription", ProfileMethods.GetMyDescription),
        new("setMyShortDescription", ProfileMethods.SetMyShortDescription),
        new("getMyShortDescription", ProfileMethods.GetMyShortDescription));

    public static MethodEntry? Find(string name) => Entries.GetValueOrDefault(name);

    public static IEnumerable<string> Names => Entries.Values.Select(e => e.Name);

    private static Dictionary<string, MethodEntry> Build(params MethodEntry[] entries) =>
        entries.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
}
