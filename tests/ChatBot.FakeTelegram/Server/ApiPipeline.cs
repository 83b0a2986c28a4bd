using Microsoft.AspNetCore.Http;

namespace ChatBot.FakeTelegram;

/// <summary>
/// One request from arrival to answer: route, token, parameters, scripted faults, blocked chats, rate limits, handler.
/// Every /bot request is recorded before its answer is written, so a client that saw the answer sees the record.
/// </summary>
internal sealed class ApiPipeline(FakeWorld world)
{
    public async Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await FileDownload.ServeAsync(world, ctx, path);
            return;
        }

        if (!TokenRules.TryParseRoute(path, out var token, out var methodName))
        {
            await ResponseWriter.ErrorAsync(ctx, ApiError.NotFound());
            return;
        }

        var arrival = new Arrival(world.Now, world.Elapsed);
        var entry = MethodTable.Find(methodName);
        var method = entry?.Name ?? methodName;
        var body = RequestBody.Empty;
        try
        {
            body = await RequestBodyReader.ReadAsync(ctx.Request, ctx.RequestAborted);
            if (!TokenRules.IsWellFormed(token) || (world.Options.RequiredToken is { } required && required != token))
            {
                throw ApiError.Unauthorized();
            }

            _ = world.BotFor(token);
            if (entry is null)
            {
                throw ApiError.NotFound();
            }

            var call = new ApiCall(world, method, token, body, ctx.RequestAborted);
            var fault = world.Faults.Take(method, call.Long("chat_id"));
            switch (fault?.Kind)
            {
                case FaultKind.DropBeforeProcessing:
                    Record(arrival, method, token, body, 0, RequestOutcome.DroppedBeforeProcessing, null);
                    ctx.Abort();
                    return;
                case FaultKind.Error when fault.HtmlBody:
                    Record(arrival, method, token, body, fault.StatusCode, RequestOutcome.Failed, fault.Description);
                    await ResponseWriter.NginxPageAsync(ctx, fault.StatusCode);
                    return;
                case FaultKind.Error:
                    throw new ApiError(fault.StatusCode, fault.Description, fault.RetryAfterSeconds);
                case FaultKind.DelayBeforeProcessing:
                    await DelayAsync(fault.Delay, ctx.RequestAborted);
                    break;
            }

            CheckChatRules(call, entry);
            var result = await entry.Handler(call);
            if (fault?.Kind == FaultKind.DropAfterProcessing)
            {
                Record(arrival, method, token, body, 200, RequestOutcome.DroppedAfterProcessing, null);
                ctx.Abort();
                return;
            }

            if (fault?.Kind == FaultKind.SlowResponse)
            {
                await DelayAsync(fault.Delay, ctx.RequestAborted);
            }

            Record(arrival, method, token, body, 200, RequestOutcome.Succeeded, null);
            await ResponseWriter.OkAsync(ctx, result);
        }
        catch (ApiError error)
        {
            Record(arrival, method, token, body, error.StatusCode, RequestOutcome.Failed, error.Message);
            await ResponseWriter.ErrorAsync(ctx, error);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            Record(arrival, method, token, body, 0, RequestOutcome.ClientDisconnected, null);
        }
        catch (OperationCanceledException) when (world.Stopping.IsCancellationRequested)
        {
            // Disposal cut a scripted delay short: the client sees a dropped connection.
            ctx.Abort();
        }
        catch (Exception bug) when (bug is not OperationCanceledException)
        {
            // A bug in the fake must be loud in the test that hit it, not a hang.
            var error = new ApiError(500, "Internal Server Error: fake failed: " + bug);
            Record(arrival, method, token, body, 500, RequestOutcome.Failed, error.Message);
            await ResponseWriter.ErrorAsync(ctx, error);
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken aborted)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, world.Stopping);
        await Task.Delay(delay, either.Token);
    }

    private void CheckChatRules(ApiCall call, MethodEntry entry)
    {
        if (call.Long("chat_id") is not { } chatId)
        {
            return;
        }

        if (world.Faults.IsBlocked(chatId))
        {
            var chat = world.Chats.FindChat(chatId);
            throw new ApiError(403, chat is null || chat.IsPrivate
                ? "Forbidden: bot was blocked by the user"
                : $"Forbidden: bot was kicked from the {chat.Type} chat");
        }

        if (entry.CountsAsSend && world.EnforceRateLimits && world.Chats.FindChat(chatId) is { } target
            && world.Rates.RetryAfter(target, world.Options.RateLimits) is { } retryAfter)
        {
            throw ApiError.TooManyRequests(retryAfter);
        }
    }

    private void Record(Arrival arrival, string method, string token, RequestBody body, int status, RequestOutcome outcome, string? error) =>
        world.Requests.Add(sequence => new RecordedRequest
        {
            Sequence = sequence,
            Method = method,
            Token = token,
            Parameters = body.Parameters,
            Files = body.Files.Values.ToArray(),
            Time = arrival.Time,
            Elapsed = arrival.Elapsed,
            StatusCode = status,
            Outcome = outcome,
            ErrorDescription = error,
        });

    private readonly record struct Arrival(DateTimeOffset Time, TimeSpan Elapsed);
}
