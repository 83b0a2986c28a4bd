namespace ChatBot.Core.Matching;

/// <summary>What kind of answer a question asks for; also used as flags for what an answer contains.</summary>
[Flags]
public enum AnswerKind
{
    None = 0,
    Person = 1,
    Number = 2,
    Time = 4,
    Place = 8,
    Reason = 16,

    /// <summary>Not asked for: the answer states what would happen (under a plan), not what is.</summary>
    Hypothetical = 32,
}
