namespace ChatBot.FakeTelegram;

/// <summary>Known users; ids handed out from 1000001 up, skipping ids a test chose itself.</summary>
internal sealed class UserDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeUser> _users = [];
    private long _nextId = 1_000_001;

    public FakeUser Create(string firstName, string? username, string? lastName, string? languageCode)
    {
        lock (_gate)
        {
            while (_users.ContainsKey(_nextId))
            {
                _nextId++;
            }

            var user = new FakeUser(_nextId++, firstName, lastName, username, languageCode);
            _users[user.Id] = user;
            return user;
        }
    }

    public FakeUser Add(FakeUser user)
    {
        lock (_gate)
        {
            _users[user.Id] = user;
            return user;
        }
    }

    public FakeUser? Find(long id)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    /// <summary>A known user, or a new one with that id, so tests can inject by id alone.</summary>
    public FakeUser Ensure(long id)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(id, out var user))
            {
                user = new FakeUser(id, $"User{id}");
                _users[id] = user;
            }

            return user;
        }
    }
}
