using System.Text;
using ChatBot.Core.Curation.Insights;
using ChatBot.Telegram.Commands.Admin;
using ChatBot.Telegram.Texts.Curation;
using Telegram.Bot.Types;

namespace ChatBot.Curation.Tests.Commands;

public sealed class AdminPartsTests
{
    private static UnansweredItem Item(string? factId) =>
        new("0123456789ab", "key", "text", 2, DateTimeOffset.UnixEpoch, factId, factId is null ? null : "Question?");

    [Fact]
    public void Button_data_round_trips_and_stays_within_64_bytes()
    {
        var keyboard = UnansweredButtons.For([Item(new string('f', 40)), Item(null)], CuratorTexts.English)!;
        var data = keyboard.InlineKeyboard.SelectMany(r => r).Select(b => b.CallbackData!).ToList();

        Assert.All(data, d => Assert.True(Encoding.UTF8.GetByteCount(d) <= 64));
        Assert.Equal(3, data.Count);
        Assert.True(UnansweredButtons.TryParse(data[0], out var attach, out var handle, out var factId));
        Assert.Equal((true, "0123456789ab", new string('f', 40)), (attach, handle, factId));
        Assert.True(UnansweredButtons.TryParse(data[2], out attach, out handle, out factId));
        Assert.Equal((false, "0123456789ab", (string?)null), (attach, handle, factId));
    }

    [Fact]
    public void A_fact_id_too_long_for_button_data_leaves_only_dismiss()
    {
        var row = Assert.Single(UnansweredButtons.For([Item(new string('f', 60))], CuratorTexts.English)!.InlineKeyboard);

        Assert.Equal("#1 dismiss", Assert.Single(row).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("f:1:x")]
    [InlineData("cur:x:1")]
    [InlineData("cur:a:handle")]
    public void Foreign_or_malformed_data_is_not_read(string? data)
    {
        Assert.False(UnansweredButtons.TryParse(data, out _, out _, out _));
    }

    [Fact]
    public void The_actor_is_the_user_id_and_username_or_name()
    {
        var withUsername = new Message { From = new User { Id = 7, FirstName = "Ann", Username = "ann" } };
        var withName = new Message { From = new User { Id = 8, FirstName = "Bo", LastName = "Li" } };

        Assert.Equal("tg:7 @ann", AdminInput.ActorOf(withUsername).Label);
        Assert.Equal("tg:8 Bo Li", AdminInput.ActorOf(withName).Label);
    }

    [Fact]
    public void Arguments_split_into_the_command_line_and_the_field_lines()
    {
        Assert.Equal(("id v2", "A: x\nTags: y"), AdminInput.Split("id v2\r\nA: x\nTags: y"));
        Assert.Equal(("id", string.Empty), AdminInput.Split("id"));
    }
}
