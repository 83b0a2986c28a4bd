using ChatBot.Core.Answering;

namespace ChatBot.Core.Rendering;

/// <summary>Turns an outcome into the text of one reply for a particular transport.</summary>
public interface IAnswerRenderer
{
    string Render(AnswerOutcome outcome);
}
