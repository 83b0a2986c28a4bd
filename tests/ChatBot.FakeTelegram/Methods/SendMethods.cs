namespace ChatBot.FakeTelegram;

internal static class SendMethods
{
    public static ValueTask<ApiResult> SendMessage(ApiCall call)
    {
        var chat = call.Chat();
        var text = TextRules.Text(call.Str("text"), call.Str("parse_mode"), call.Json("entities"));
        var markup = call.Json("reply_markup");
        var keyboard = ReplyMarkupReader.Read(markup);
        var replyTo = Replies.Resolve(call, chat);
        var message = Deliver(call, chat, id => new FakeMessage
        {
            Chat = chat,
            MessageId = id,
            From = call.Bot,
            Date = call.World.Now,
            CreatedBy = call.Method,
            Text = text.Text,
            Entities = text.Entities,
            ReplyMarkup = markup,
            InlineKeyboard = keyboard,
            ReplyTo = replyTo,
            LinkPreviewOptions = call.Json("link_preview_options"),
            ParseMode = call.Str("parse_mode"),
        });
        return ValueTask.FromResult(ApiResult.Message(message));
    }

    public static ValueTask<ApiResult> SendDocument(ApiCall call)
    {
        var chat = call.Chat();
        var caption = TextRules.Caption(call.Str("caption"), call.Str("parse_mode"), call.Json("caption_entities"));
        var markup = call.Json("reply_markup");
        var keyboard = ReplyMarkupReader.Read(markup);
        var replyTo = Replies.Resolve(call, chat);
        var file = ResolveDocument(call);
        var message = Deliver(call, chat, id => new FakeMessage
        {
            Chat = chat,
            MessageId = id,
            From = call.Bot,
            Date = call.World.Now,
            CreatedBy = call.Method,
            Media = new MessageMedia("document", file),
            Caption = caption?.Text,
            CaptionEntities = caption?.Entities ?? [],
            ReplyMarkup = markup,
            InlineKeyboard = keyboard,
            ReplyTo = replyTo,
            ParseMode = call.Str("parse_mode"),
        });
        return ValueTask.FromResult(ApiResult.Message(message));
    }

    private static FakeMessage Deliver(ApiCall call, FakeChat chat, Func<int, FakeMessage> create)
    {
        var message = call.World.Chats.Append(chat.Id, fromBot: true, create);
        call.World.Rates.Record(chat.Id);
        return message;
    }

    private static FakeFile ResolveDocument(ApiCall call)
    {
        var reference = call.Str("document");
        UploadedFile? upload;
        if (reference is not null && reference.StartsWith("attach://", StringComparison.Ordinal))
        {
            upload = call.Files.GetValueOrDefault(reference["attach://".Length..]);
        }
        else if (reference is null)
        {
            upload = call.Files.GetValueOrDefault("document");
        }
        else
        {
            return call.World.Files.Find(reference)
                ?? (Uri.TryCreate(reference, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                    ? call.World.Files.Add("documents", Path.GetFileName(url.AbsolutePath), null, [])
                    : throw ApiError.BadRequest("wrong file identifier/HTTP URL specified"));
        }

        if (upload is null)
        {
            throw ApiError.BadRequest("there is no document in the request");
        }

        if (upload.Content.Length == 0)
        {
            throw ApiError.BadRequest("file must be non-empty");
        }

        return call.World.Files.Add("documents", upload.FileName, upload.ContentType, upload.Content);
    }
}
