namespace ChatBot.Core.Changes;

public enum ChangeKind
{
    Added,
    Corrected,
    Retracted,
    Restored,
}
