using ChatBot.Core.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd.Experience;

internal static class Questions
{
    /// <summary>A question the matcher answers with "did you mean" buttons, found by asking it: the matcher keeps improving.</summary>
    public static async Task<string> WithAlternativesAsync(BotHarness bot)
    {
        var answerer = bot.Services.GetRequiredService<QuestionAnswerer>();
        foreach (var candidate in new[] { "kellogg", "ceasefire", "peace plan", "driscoll", "delegation", "ternopil?" })
        {
            if ((await answerer.AnswerAsync(candidate)).Alternatives.Count > 0)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No candidate question has alternatives; the matcher changed and this test needs a new one.");
    }
}
