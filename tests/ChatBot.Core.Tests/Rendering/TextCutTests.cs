using ChatBot.Core.Rendering;

namespace ChatBot.Core.Tests.Rendering;

public sealed class TextCutTests
{
    [Theory]
    [InlineData(299)]
    [InlineData(300)]
    [InlineData(301)]
    public void A_cut_never_splits_an_emoji_into_a_replacement_character(int prefix)
    {
        var text = new string('a', prefix) + string.Concat(Enumerable.Repeat("\U0001F1FA\U0001F1E6\U0001F44D\U0001F3FD", 100));

        var cut = TextCut.Shorten(text, 300);

        Assert.True(cut.Length <= 300);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        for (var i = 0; i < cut.Length; i++)
        {
            Assert.False(char.IsHighSurrogate(cut[i]) && (i + 1 == cut.Length || !char.IsLowSurrogate(cut[i + 1])), $"lone high surrogate at {i}");
            Assert.False(char.IsLowSurrogate(cut[i]) && (i == 0 || !char.IsHighSurrogate(cut[i - 1])), $"lone low surrogate at {i}");
        }
        Assert.Equal(0, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(cut)).Count(c => c == '\uFFFD'));
    }

    [Fact]
    public void Text_that_fits_is_returned_as_it_is()
    {
        Assert.Equal("short 👍", TextCut.Shorten("short 👍", 300));
    }

    [Fact]
    public void Visible_length_counts_entities_as_one_character_and_tags_as_none()
    {
        Assert.Equal(7, Html.VisibleLength("<b>a &amp; b</b> <i>&lt;</i>"));
    }
}
