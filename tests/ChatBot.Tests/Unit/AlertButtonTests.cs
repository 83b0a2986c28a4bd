using ChatBot.Core.Alerts;
using ChatBot.Telegram.Replies;

namespace ChatBot.Tests.Unit;

public sealed class AlertButtonTests
{
    [Fact]
    public void The_open_fact_button_of_an_alert_is_understood_by_the_callback_handler()
    {
        var data = AlertText.ButtonData("ternopil-strike");

        Assert.True(FactChoice.TryParse(data, out var questionId, out var factId));
        Assert.Null(questionId);
        Assert.Equal("ternopil-strike", factId);
    }

    [Theory]
    [InlineData("f:")]
    [InlineData("x:ternopil-strike")]
    [InlineData(null)]
    public void Malformed_button_data_is_refused(string? data)
    {
        Assert.False(FactChoice.TryParse(data, out _, out _));
    }
}
