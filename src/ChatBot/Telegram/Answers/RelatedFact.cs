namespace ChatBot.Telegram.Answers;

/// <summary>A fact offered under an answer as "Related", labelled with its (shortened) question in the reader's language.</summary>
public sealed record RelatedFact(string FactId, Core.Facts.Fact Fact)
{
    private const int LabelLength = 48;

    /// <summary>The curated question in <paramref name="language"/> (else the English one), shortened for a button.</summary>
    public string Label(string? language) => Core.Rendering.TextCut.Shorten(FactWording.Question(Fact, language), LabelLength);
}
