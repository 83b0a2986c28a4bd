namespace ChatBot.Core.Answering;

/// <summary>A sentence of a stored source that states what was asked, cited like a quote; no curator has checked it.</summary>
public sealed record PassageAnswer(Citation Citation, double Confidence)
{
    public string Text => Citation.Quote;
}
