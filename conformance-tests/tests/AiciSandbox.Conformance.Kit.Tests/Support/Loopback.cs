using System.Net;
using System.Net.Sockets;

namespace AiciSandbox.Conformance.Kit.Tests.Support;

/// <summary>Loopback addresses for tests that need nobody listening.</summary>
public static class Loopback
{
    /// <summary>A port free at the time of the call: nothing answers there.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Uri Nowhere() => new($"http://127.0.0.1:{FreePort()}");
}
