namespace ChatBot.Core.Alerts;

/// <summary>Lets whoever enqueued an alert wake the dispatcher instead of waiting for its next poll.</summary>
public interface IAlertWakeup
{
    void Wake();
}
