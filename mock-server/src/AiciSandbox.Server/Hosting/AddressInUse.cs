using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// Starting on an address another program already listens on: one clear line on the error output — which address, and
/// how to choose another — and exit code <see cref="ExitCode"/>, instead of Kestrel's stack trace logged by the host and
/// then thrown again. The addresses are tried before the host starts (the host would log the failure with its stack
/// first); the failure Kestrel itself raises, if another program takes the port in between, is told the same way.
/// </summary>
internal static class AddressInUse
{
    public const int ExitCode = 2;

    /// <summary>
    /// The first address the server is told to listen on (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, else
    /// <c>ASPNETCORE_HTTP_PORTS</c> as <c>http://*:port</c>) that another program listens on.
    /// </summary>
    public static string? FirstBusy(IConfiguration configuration)
    {
        foreach (var url in Addresses(configuration))
        {
            if (EndpointOf(url) is { } endpoint && IsBusy(endpoint)) return url;
        }
        return null;
    }

    /// <summary>The configured addresses, as the host reads them: <c>urls</c> wins over <c>http_ports</c>.</summary>
    public static IEnumerable<string> Addresses(IConfiguration configuration)
    {
        const StringSplitOptions options = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        return string.IsNullOrWhiteSpace(urls)
            ? (configuration[WebHostDefaults.HttpPortsKey] ?? "").Split(';', options).Select(port => $"http://*:{port}")
            : urls.Split(';', options);
    }

    /// <summary>Whether an exception out of the host's start is Kestrel failing to bind an address in use.</summary>
    public static bool IsAddressInUse(Exception e) =>
        e is IOException { InnerException: AddressInUseException } or AddressInUseException;

    /// <summary>The one line printed instead of a stack trace.</summary>
    public static string Message(string address)
    {
        var next = EndpointOf(address) is { Port: > 0 and < 65535 } endpoint
            ? address.Replace($":{endpoint.Port}", $":{endpoint.Port + 1}", StringComparison.Ordinal)
            : "http://127.0.0.1:5081";
        return $"AiciSandbox cannot start: {address} is already in use by another program. "
            + $"Stop it, or choose another address: --urls {next} (or ASPNETCORE_URLS={next}).";
    }

    /// <summary>The address Kestrel would bind for a URL; null when it picks a port itself (port 0) or the URL does not parse.</summary>
    private static IPEndPoint? EndpointOf(string url)
    {
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return null;
        }
        if (binding.Port == 0 || binding.IsUnixPipe || binding.IsNamedPipe) return null;
        var ip = binding.Host is "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(binding.Host.Trim('[', ']'), out var parsed) ? parsed
            : IPAddress.Any; // *, +, a host name: Kestrel listens on every address
        return new IPEndPoint(ip, binding.Port);
    }

    /// <summary>Binds and listens as Kestrel would, then lets go at once.</summary>
    private static bool IsBusy(IPEndPoint endpoint)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // Like Kestrel's listen socket: connections of a previous run still in TIME_WAIT do not make the port busy.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(endpoint);
            socket.Listen();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            return false; // anything else (no such local address, a privileged port): Kestrel reports it itself
        }
    }
}
