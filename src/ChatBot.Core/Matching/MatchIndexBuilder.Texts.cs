using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>The texts of a fact read for its words beyond the plain text: glossed stored questions and currency signs.</summary>
public sealed partial class MatchIndexBuilder
{
    /// <summary>
    /// A question a curator stored in Ukrainian or Russian (attached from /unanswered), in the English words a question
    /// in that language is matched by. Only Cyrillic is checked here: it costs a scan of the letters, where telling
    /// German or French from English would cost a lookup of every word of every stored question.
    /// </summary>
    private static string Glossed(string question, Fact fact) =>
        Languages.Script.HasCyrillic(question) ? Languages.Glosser.Shared.GlossFor(question, null, EnglishTexts(fact)).Text : question;

    /// <summary>A sum's currency sign stated as its word ("$105m": dollars), a count like the sum itself.</summary>
    private void AddCurrency(string text, int position)
    {
        if (CurrencyWords.Of(text) is { } words)
        {
            AddMentions(words, position, counts: true);
        }
    }

    /// <summary>The fact's own English words, which name its people as the store spells them.</summary>
    private static IEnumerable<string> EnglishTexts(Fact fact)
    {
        yield return fact.Question;
        yield return fact.Answer;
        foreach (var quote in fact.Quotes)
        {
            yield return quote.Text;
        }
    }
}
