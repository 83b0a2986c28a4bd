using System.Text;

namespace ChatBot.Telegram.Conversation;

public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
    Acknowledgement,
    Identity,
}

/// <summary>
/// "hi", "thanks!", "who are you?": a short message made only of such words is small talk, not a question, and gets a
/// friendly line instead of the matcher's "I don't have a verified fact" (which reads as a rebuke to a greeting).
/// </summary>
public static class SmallTalk
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hii", "hello", "hallo", "hey", "heya", "hiya", "howdy", "yo", "greetings", "morning", "afternoon", "evening",
        "hola", "salut", "privet", "привіт", "привет", "вітаю", "здравствуйте", "sup", "gm",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "thx", "ty", "tnx", "cheers", "appreciated", "appreciate", "дякую", "спасибо", "danke", "merci", "gracias",
    };

    // "ok", "great": an asker acknowledging an answer, to whom "You're welcome" would answer a thanks never given.
    private static readonly HashSet<string> Acknowledgements = new(StringComparer.Ordinal)
    {
        "ok", "okay", "k", "kk", "great", "cool", "nice", "awesome", "perfect", "got", "bye", "goodbye",
    };

    // Filler that may sit around a greeting or a thanks without making it a question.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "good", "there", "bot", "all", "everyone", "again", "you", "so", "very", "much", "a", "lot", "lots", "many", "it", "that",
        "for", "the", "help", "answer", "info", "see", "ya", "later", "and", "oh", "well", "dear", "guys", "folks", "friend",
    };

    private static readonly string[] IdentityPhrases =
    [
        "who are you", "what are you", "what do you do", "what can you do", "who made you", "who built you", "are you a bot",
        "are you human", "what is this bot", "what is this", "who is this", "what is your name", "whats your name",
    ];

    public static SmallTalkKind Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        if (words.Count is 0 or > MaxWords)
        {
            return SmallTalkKind.None;
        }
        var joined = string.Join(' ', words);
        if (IdentityPhrases.Any(p => joined == p || joined.EndsWith(" " + p, StringComparison.Ordinal) && words.Take(words.Count - p.Split(' ').Length).All(IsSocial)))
        {
            return SmallTalkKind.Identity;
        }
        if (!words.All(IsSocial))
        {
            return SmallTalkKind.None;
        }
        return words.Any(Thanks.Contains) ? SmallTalkKind.Thanks
            : words.Any(Greetings.Contains) ? SmallTalkKind.Greeting
            : words.Any(Acknowledgements.Contains) ? SmallTalkKind.Acknowledgement
            : SmallTalkKind.None;
    }

    private static bool IsSocial(string word) =>
        Greetings.Contains(word) || Thanks.Contains(word) || Acknowledgements.Contains(word) || Filler.Contains(word);

    // Letters only, lower case, apostrophes dropped ("what's" → "whats"); emoji and punctuation separate words.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetter(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is not ('\'' or '’') && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }
}
