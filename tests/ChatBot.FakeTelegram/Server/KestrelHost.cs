using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.FakeTelegram;

/// <summary>Kestrel on 127.0.0.1 with an OS-chosen port, HTTP/1.1, no logging, Nagle off on every connection.</summary>
internal sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _connections;
    private int _connectionsWithNagle;

    private KestrelHost(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Connections on which Nagle was found enabled (and then disabled); expected to stay 0.</summary>
    public int ConnectionsWithNagle => Volatile.Read(ref _connectionsWithNagle);

    public static async Task<KestrelHost> StartAsync(RequestDelegate handler, CancellationToken ct)
    {
        // The empty builder registers no logging providers: no console noise from ASP.NET.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseSockets(o => o.NoDelay = true);
        KestrelHost? host = null;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
            k.Limits.MinRequestBodyDataRate = null;
            k.Limits.MinResponseDataRate = null;
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(next => connection =>
                {
                    host!.OnConnection(connection.Features.Get<IConnectionSocketFeature>()?.Socket);
                    return next(connection);
                });
            });
        });
        var app = builder.Build();
        app.Run(handler);
        host = new KestrelHost(app);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        host.BaseUri = new Uri(address);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    private void OnConnection(System.Net.Sockets.Socket? socket)
    {
        Interlocked.Increment(ref _connections);
        if (socket is { NoDelay: false })
        {
            Interlocked.Increment(ref _connectionsWithNagle);
            socket.NoDelay = true;
        }
    }
}
