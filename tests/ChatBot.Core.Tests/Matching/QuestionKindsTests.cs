using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class QuestionKindsTests
{
    [Theory]
    [InlineData("who leads the delegation", AnswerKind.Person)]
    [InlineData("how many died in ternopil", AnswerKind.Number)]
    [InlineData("how much is the patriot package", AnswerKind.Number)]
    [InlineData("ternopil death toll", AnswerKind.Number)]
    [InlineData("when will kellogg leave", AnswerKind.Time)]
    [InlineData("what year did the invasion start", AnswerKind.Time)]
    [InlineData("where did driscoll come from", AnswerKind.Place)]
    [InlineData("what did peskov say", AnswerKind.None)]
    [InlineData("which trip was he coming back from when he went to ukraine", AnswerKind.None)]
    [InlineData("when ukraine asked for a ceasefire what did moscow do", AnswerKind.None)]
    [InlineData("when the talks end", AnswerKind.Time)]
    [InlineData("ternopil strike when", AnswerKind.Time)]
    [InlineData("what is the death toll in ternopil", AnswerKind.Number)]
    [InlineData("what size cap does telsaria want on the harrow army", AnswerKind.Number)]
    [InlineData("which size of force would the plan allow", AnswerKind.Number)]
    [InlineData("what did moscow do after the talks in alaska this year since its demands amount to surrender", AnswerKind.None)]
    public void Reads_the_kind_of_answer_a_question_wants(string question, AnswerKind kind)
    {
        Assert.Equal(kind, QuestionKinds.Detect(Tokenizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("where do the casualty figures come from", AnswerKind.None)]
    [InlineData("where did the wire services get their information", AnswerKind.None)]
    [InlineData("where is all this news about the truce coming from", AnswerKind.None)]
    [InlineData("where was the envoy coming back from", AnswerKind.Place)]
    [InlineData("where does the fund director come from", AnswerKind.Place)]
    public void Where_a_piece_of_information_comes_from_asks_its_source_not_a_place(string question, AnswerKind kind)
    {
        Assert.Equal(kind, QuestionKinds.Detect(Tokenizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("do the vellish demands amount to surrender", AnswerKind.None)]
    [InlineData("can ostrava count on more aid", AnswerKind.None)]
    [InlineData("does marvonia think the terms amount to defeat", AnswerKind.None)]
    [InlineData("what is the amount to be paid to ostrava", AnswerKind.Number)]
    [InlineData("what amount does marvonia pay", AnswerKind.Number)]
    public void A_number_noun_used_as_a_verb_asks_no_amount(string question, AnswerKind kind)
    {
        Assert.Equal(kind, QuestionKinds.Detect(Tokenizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("what did corla denn say about the cost of keeping the bridge closed", AnswerKind.None)]
    [InlineData("what has harrow said regarding the price of water", AnswerKind.None)]
    [InlineData("what did corla denn say the cost would be", AnswerKind.Number)]
    [InlineData("what is the cost of keeping the bridge closed", AnswerKind.Number)]
    public void A_number_noun_after_about_is_the_topic_of_what_was_said_not_an_amount_asked(string question, AnswerKind kind)
    {
        Assert.Equal(kind, QuestionKinds.Detect(Tokenizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("how many drones hit kyiv", "drones")]
    [InlineData("So how many children died", "children")]
    [InlineData("how many people died", null)]
    [InlineData("how many died in ternopil", "died")]
    [InlineData("what is the death toll", null)]
    public void Reads_what_a_how_many_question_counts(string question, string? counted)
    {
        Assert.Equal(counted, QuestionKinds.CountedWord(Tokenizer.Tokenize(question)));
    }

    [Fact]
    public void Organisations_answer_who_questions()
    {
        Assert.True(AnswerKinds.Infer("CBS is the BBC's US media partner.").HasFlag(AnswerKind.Person));
        Assert.False(AnswerKinds.Infer("It starts in spring.").HasFlag(AnswerKind.Person));
    }

    [Fact]
    public void Infers_what_an_answer_contains()
    {
        var kinds = AnswerKinds.Infer("At least 26 people were killed in Ternopil on Wednesday.");

        Assert.True(kinds.HasFlag(AnswerKind.Number));
        Assert.True(kinds.HasFlag(AnswerKind.Time));
        Assert.True(kinds.HasFlag(AnswerKind.Place));
        Assert.False(AnswerKinds.Infer("The talks focused on security assurances.").HasFlag(AnswerKind.Number));
    }

    [Theory]
    [InlineData("The one-day talks in Ostrava ended without a deal.", true)]
    [InlineData("No one from the Telsarian side attended.", false)]
    public void One_before_a_unit_of_time_is_a_number(string answer, bool number)
    {
        Assert.Equal(number, AnswerKinds.Infer(answer).HasFlag(AnswerKind.Number));
    }

    [Theory]
    [InlineData("The photo was released on Wednesday.", false)]
    [InlineData("Corvin Aldane will leave his post in March.", false)]
    [InlineData("The talks opened in Ostrava on Tuesday.", true)]
    [InlineData("Ilse Varga wrote in a post on X that the talks would go on.", true)]
    public void A_day_or_a_month_is_a_time_not_a_place(string answer, bool place)
    {
        Assert.Equal(place, AnswerKinds.Infer(answer).HasFlag(AnswerKind.Place));
    }

    [Theory]
    [InlineData("What is Ilse Marrow's post?", true)]
    [InlineData("what post does ilse marrow hold", true)]
    [InlineData("What did Ilse Marrow post on Friday?", false)]
    [InlineData("Was there a post by Ilse Marrow about the bridge?", false)]
    [InlineData("When will Ilse Marrow leave her post?", false)]
    public void Post_asks_a_title_only_when_it_is_not_a_message_or_its_verb(string question, bool role)
    {
        var index = InventedStore.Build([.. InventedStore.Fillers()]);

        Assert.Equal(role, QuestionAnalyzer.Analyze(question, index).AsksRole);
    }

    [Theory]
    [InlineData("ilse marrow telegram post", false)]
    [InlineData("What is Ilse Marrow's position on the truce?", false)]
    [InlineData("What is Ilse Marrow's position in the delegation?", true)]
    public void A_post_on_a_platform_or_a_position_on_an_issue_asks_no_title(string question, bool role)
    {
        var index = InventedStore.Build([.. InventedStore.Fillers()]);

        Assert.Equal(role, QuestionAnalyzer.Analyze(question, index).AsksRole);
    }
}
