using ChatBot.Core.Answering;
using ChatBot.Core.Rendering;

namespace ChatBot.Cli;

/// <summary>Answers one question, or one per stdin line as each arrives; answers on stdout, nothing else there.</summary>
internal sealed class AskCommand(QuestionAnswerer answerer, TextAnswerRenderer text)
{
    public async Task<int> RunAsync(AskArguments args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Question is not null)
        {
            await AnswerAsync(args, args.Question, output, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            await AnswerAsync(args, line, output, cancellationToken).ConfigureAwait(false);
        }
        return 0;
    }

    private async Task AnswerAsync(AskArguments args, string question, TextWriter output, CancellationToken cancellationToken)
    {
        var outcome = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(args.Json ? AnswerJson.Write(outcome) : text.Render(outcome) + "\n").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
