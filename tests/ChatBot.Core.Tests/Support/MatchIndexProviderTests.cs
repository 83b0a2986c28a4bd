using System.Runtime.CompilerServices;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using NSubstitute;

namespace ChatBot.Core.Tests.Support;

public sealed class MatchIndexProviderTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static Fact Fact(string id) =>
        new(id, $"What about {id}?", [], "An answer.", [new Quote("src", "An answer.")], [], new DateOnly(2025, 11, 20));

    private static async IAsyncEnumerable<Fact> Facts(Task gate, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return Fact("first");
        await gate.WaitAsync(cancellationToken);
        yield return Fact("second");
    }

    [Fact]
    public async Task Serves_the_previous_index_while_another_question_rebuilds_it()
    {
        var store = Substitute.For<IFactStore>();
        store.GetSynonymGroupsAsync(Arg.Any<CancellationToken>()).Returns(Task.FromResult<IReadOnlyList<IReadOnlyList<string>>>([]));
        store.StreamActiveFactsAsync(Arg.Any<CancellationToken>()).Returns(Facts(Task.CompletedTask));
        using var provider = new MatchIndexProvider(store);
        var old = await provider.GetAsync(1);
        var gate = new TaskCompletionSource();
        store.StreamActiveFactsAsync(Arg.Any<CancellationToken>()).Returns(Facts(gate.Task));

        var rebuilding = provider.GetAsync(2).AsTask();
        var meanwhile = await provider.GetAsync(2).AsTask().WaitAsync(Bound);
        gate.SetResult();
        var rebuilt = await rebuilding.WaitAsync(Bound);

        Assert.Same(old, meanwhile);
        Assert.Equal(2, rebuilt.Revision);
        Assert.Equal(2, rebuilt.FactCount);
        Assert.Same(rebuilt, await provider.GetAsync(2));
    }

    [Fact]
    public async Task The_first_question_waits_for_the_first_index()
    {
        var store = Substitute.For<IFactStore>();
        store.GetSynonymGroupsAsync(Arg.Any<CancellationToken>()).Returns(Task.FromResult<IReadOnlyList<IReadOnlyList<string>>>([]));
        var gate = new TaskCompletionSource();
        store.StreamActiveFactsAsync(Arg.Any<CancellationToken>()).Returns(Facts(gate.Task));
        using var provider = new MatchIndexProvider(store);

        var first = provider.GetAsync(1).AsTask();
        var second = provider.GetAsync(1).AsTask();
        gate.SetResult();

        Assert.Same(await first.WaitAsync(Bound), await second.WaitAsync(Bound));
        Assert.Equal(2, (await second).FactCount);
    }
}
