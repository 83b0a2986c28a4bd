namespace ChatBot.Core.Curation;

/// <summary>The parts of a fact a <see cref="FactValidator"/> error can point at.</summary>
public enum FactPart
{
    Question,
    Answer,
    Quote,
    Tag,
}
