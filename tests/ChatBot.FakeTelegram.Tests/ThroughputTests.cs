using Telegram.Bot;

namespace ChatBot.FakeTelegram.Tests;

public sealed class ThroughputTests : FakeApiTestBase
{
    [Fact]
    public async Task Concurrent_senders_lose_no_message_and_ids_stay_unique_per_chat()
    {
        var chats = Enumerable.Range(0, 20).Select(i => Fake.CreatePrivateChat($"User{i}")).ToArray();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, 1000),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) => await Bot.SendMessage(chats[i % chats.Length].Id, $"alert {i}", cancellationToken: ct));

        Assert.Equal(1000, Fake.TotalSentMessages);
        Assert.All(chats, chat =>
            Assert.Equal(Enumerable.Range(1, 50), Fake.SentMessages(chat.Id).Select(m => m.MessageId)));
        Assert.Equal(1000, Fake.RequestCount);
    }
}
