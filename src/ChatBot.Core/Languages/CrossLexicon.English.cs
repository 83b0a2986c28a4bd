using ChatBot.Core.Matching;

namespace ChatBot.Core.Languages;

public sealed partial class CrossLexicon
{
    /// <summary>
    /// Whether the question is a sentence of the language without accents: a word the list glosses as a function word
    /// ("auf" is "on", "quoi" is "what") and no English function word the list lacks ("the", "did", "of"). An English
    /// sentence of five words nearly always has one, where chat-typed German or French ("was hat Vale auf x
    /// geschriebn", "c quoi lesprit d Harrow") shares its few short words with English or has none; a list of nouns
    /// ("Harrow Vale Inhalt") shows no sentence at all.
    /// </summary>
    public bool IsUnaccentedSentence(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!_tables.TryGetValue(language, out var table))
        {
            return false;
        }
        var function = false;
        Span<char> buffer = stackalloc char[MaxWord];
        for (var i = 0; i < question.Length;)
        {
            var length = ReadFoldedWord(question, ref i, buffer);
            // A lone letter other than English "a" and "I" is no English word in chat: "x" is the platform, "c" and
            // "d" French without apostrophes.
            if (length is 0 or > MaxWord || (length == 1 && buffer[0] is not ('a' or 'i')))
            {
                continue;
            }
            var word = buffer[..length];
            var known = table.WordLookup.TryGetValue(word, out var gloss);
            if (!known && StopWords.Contains(word))
            {
                return false;
            }
            function |= known && gloss!.All(Lexicon.IsStopWord);
        }
        return function;
    }
}
