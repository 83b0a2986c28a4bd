using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Cli;

/// <summary>The terminal conversation used when no Telegram token is configured.</summary>
internal sealed class ConsoleChat(QuestionAnswerer answerer, IFactStore store, TextAnswerRenderer renderer)
{
    public const string TokenHint =
        "No Telegram token configured: chatting here. To run as a Telegram bot set Telegram__BotToken (see appsettings.example.json).";

    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(TokenHint).ConfigureAwait(false);
        await output.WriteLineAsync("Ask about the US–Russia–Ukraine peace talks. /sources lists sources, /fact ID shows a fact, /quit exits.").ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                return 0;
            }
            var reply = await ReplyAsync(line.Trim(), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(reply + "\n").ConfigureAwait(false);
        }
        return 0;
    }

    private async Task<string> ReplyAsync(string line, CancellationToken cancellationToken)
    {
        if (line.Length == 0)
        {
            return "Type a question, for example: who leads the US delegation?";
        }
        if (line == "/sources")
        {
            var sources = await store.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
            return string.Join('\n', sources.Select(s =>
                $"{s.Id}: {s.Outlet}, \"{s.Title}\"{(s.Published is { } p ? ", " + Dates.Show(p) : "")}{(s.Url is null ? "" : ", " + s.Url)}"));
        }
        if (line.StartsWith("/fact", StringComparison.Ordinal))
        {
            var id = line[5..].Trim();
            var outcome = id.Length == 0 ? null : await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false);
            return outcome is null ? $"No fact with id '{id}'. Usage: /fact ID" : renderer.Render(outcome);
        }
        return renderer.Render(await answerer.AnswerAsync(line, cancellationToken).ConfigureAwait(false));
    }
}
