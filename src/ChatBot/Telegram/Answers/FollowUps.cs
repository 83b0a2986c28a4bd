using System.Collections.Concurrent;
using ChatBot.Core.Answering;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// Follow-up questions: "and who is travelling with him?" replying to an answer (or, in a private chat, within five
/// minutes of it) is asked with that answer's names appended, when it has a pronoun and no name of its own. It asks
/// something that answer did not say, so the answer's own fact is left out of the match: with its names appended, it
/// would otherwise tie with the fact asked about.
/// </summary>
public sealed class FollowUps(QuestionAnswerer answerer, TimeProvider time)
{
    public static readonly TimeSpan PrivateWindow = TimeSpan.FromMinutes(5);

    private static readonly HashSet<string> Pronouns = new(["he", "she", "him", "her", "they", "them", "it", "his", "their"], StringComparer.Ordinal);

    // Bounded: a chat's last answer is all that is needed, and a busy bot must not grow this without limit.
    private const int MaxChats = 50_000;

    private readonly ConcurrentDictionary<long, LastAnswer> _lastAnswer = new();

    /// <summary>Notes the answer just sent, for replies to it and for the private chat's next questions.</summary>
    public void Remember(Message? sent, string factId)
    {
        // Nothing was sent (or a test double returned an empty message): there is no answer to refer back to.
        if (sent?.Chat is null)
        {
            return;
        }
        if (_lastAnswer.Count >= MaxChats)
        {
            _lastAnswer.Clear();
        }
        _lastAnswer[sent.Chat.Id] = new LastAnswer(sent.Id, factId, time.GetUtcNow());
    }

    /// <summary>
    /// The question to match: <paramref name="question"/>, with the earlier answer's names when it refers to them, and
    /// that answer's fact (null when it is no follow-up).
    /// </summary>
    public async ValueTask<(string Question, string? Earlier)> ResolveAsync(Message message, string question, long botId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(question);
        if (!HasPronoun(question) || FactNames.HasName(question) || FactIdFor(message, botId) is not { } factId)
        {
            return (question, null);
        }
        if (await answerer.ForFactAsync(factId, cancellationToken).ConfigureAwait(false) is not { Fact: { } fact })
        {
            return (question, null);
        }
        var names = FactNames.Runs(fact.Answer) is { Count: > 0 } runs ? runs : FactNames.Runs(fact.Question);
        return names.Count == 0 ? (question, null) : (question + " " + string.Join(' ', names), fact.Id);
    }

    public static bool HasPronoun(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // Runs on every question: words are compared in place, without building strings.
        var lookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[5];
        for (var i = 0; i < question.Length;)
        {
            if (!char.IsLetter(question[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < question.Length && char.IsLetter(question[i]))
            {
                i++;
            }
            if (i - start <= lower.Length)
            {
                var word = lower[..(i - start)];
                question.AsSpan(start, i - start).ToLowerInvariant(word);
                if (lookup.Contains(word))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private string? FactIdFor(Message message, long botId)
    {
        if (message.ReplyToMessage is { } replied)
        {
            if (replied.From?.Id != botId)
            {
                return null;
            }
            // The answer's own buttons name it, even after a restart; otherwise, the chat's last answer if it is this one.
            return AnswerKeyboard.AnswerOf(replied.ReplyMarkup)?.FactId
                ?? (_lastAnswer.TryGetValue(message.Chat.Id, out var last) && last.MessageId == replied.Id ? last.FactId : null);
        }
        return message.Chat.Type == ChatType.Private && _lastAnswer.TryGetValue(message.Chat.Id, out var recent)
            && time.GetUtcNow() - recent.At <= PrivateWindow ? recent.FactId : null;
    }

    private sealed record LastAnswer(int MessageId, string FactId, DateTimeOffset At);
}
