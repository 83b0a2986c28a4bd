using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Telegram.Replies;

namespace ChatBot.Tests.Unit;

public sealed class FactChoiceTests
{
    [Fact]
    public void Data_round_trips_with_and_without_a_question_id()
    {
        Assert.True(FactChoice.TryParse(FactChoice.Format(42, "ternopil-strike"), out var id, out var fact));
        Assert.Equal(42, id);
        Assert.Equal("ternopil-strike", fact);
        Assert.True(FactChoice.TryParse("f::a:b", out id, out fact));
        Assert.Null(id);
        Assert.Equal("a:b", fact);
        Assert.False(FactChoice.TryParse("x:1:a", out _, out _));
        Assert.False(FactChoice.TryParse("f:zz:a", out _, out _));
    }

    [Fact]
    public void Data_never_exceeds_64_bytes_and_overlong_fact_ids_get_no_button()
    {
        var longish = new string('é', 30);
        var data = FactChoice.Format(long.MaxValue, longish);

        Assert.NotNull(data);
        Assert.True(Encoding.UTF8.GetByteCount(data) <= 64);
        Assert.Null(FactChoice.Format(1, new string('a', 70)));
        var keyboard = Keyboards.DidYouMean([new Suggestion(new string('a', 70), "Q?", 0.5), new Suggestion("ok", new string('q', 100), 0.4)], 7);
        var button = Assert.Single(keyboard!.InlineKeyboard.SelectMany(r => r));
        Assert.Equal("f:7:ok", button.CallbackData);
        Assert.True(button.Text.Length <= 60);
    }
}
