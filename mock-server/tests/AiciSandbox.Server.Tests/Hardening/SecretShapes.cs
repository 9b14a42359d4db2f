using System.Net.Http.Headers;
using System.Text;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>
/// The ways a client may put a secret or a token into a request — each a request that reaches the sandbox and is
/// attributed to the tenant (so it is journaled). Issue 12, item 2 lists the shapes the old text search missed.
/// </summary>
public static class SecretShapes
{
    /// <summary>Spellings of the client-secret field that a client may send (the server accepts only the first two).</summary>
    public static readonly string[] SecretNames =
        ["client_secret", "client%5Fsecret", "client%5fsecret", "CLIENT_SECRET", "Client_Secret", "client_secret+", "client%5Fsecret%20", "client-secret", "clientSecret", "client%255Fsecret", "password"];

    public static readonly string[] TokenNames = ["access_token", "ACCESS_TOKEN", "access%5Ftoken", "token", "accessToken", "id_token", "refresh_token"];

    public static readonly string[] HeaderNames = ["X-Client-Secret", "X-Access-Token", "X-Api-Key", "Proxy-Authorization", "X-Forwarded-Authorization", "Cookie", "X-Token"];

    public enum Where
    {
        FormBody,
        MultipartBody,
        TokenQuery,
        ApiQuery,
        ControlQuery,
        Header,
        BearerInOtherHeader,
        Basic,
        JsonBody,
    }

    /// <summary>A request carrying <paramref name="value"/> under <paramref name="name"/>, at <paramref name="where"/>.</summary>
    public static HttpRequestMessage Request(Where where, string name, string value, string clientId, string bearer)
    {
        var form = $"grant_type=client_credentials&client_id={clientId}&{name}={value}";
        var message = where switch
        {
            Where.FormBody => Post("/api/oauth/v1/token", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded")),
            Where.MultipartBody => Post("/api/oauth/v1/token", Multipart(clientId, Uri.UnescapeDataString(name.Replace('+', ' ')), value)),
            Where.TokenQuery => Post($"/api/oauth/v1/token?{name}={value}", new StringContent($"grant_type=client_credentials&client_id={clientId}", Encoding.UTF8, "application/x-www-form-urlencoded")),
            Where.ApiQuery => new HttpRequestMessage(HttpMethod.Get, $"/atp/v1/tiersPrestations/particulier?idClient=0123456789&{name}={value}"),
            Where.ControlQuery => new HttpRequestMessage(HttpMethod.Get, $"/sandbox/v1/clock?{name}={value}"),
            Where.JsonBody => Post("/sandbox/v1/faults", new StringContent($$"""{"operation":"rechercher","count":1,"{{Uri.UnescapeDataString(name)}}":"{{value}}"}""", Encoding.UTF8, "application/json")),
            _ => new HttpRequestMessage(HttpMethod.Get, "/sandbox/v1/clock"),
        };
        if (where != Where.FormBody && where != Where.MultipartBody && where != Where.TokenQuery && where != Where.Basic)
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (where == Where.Header) message.Headers.TryAddWithoutValidation(name, value);
        if (where == Where.BearerInOtherHeader) message.Headers.TryAddWithoutValidation(name, "Bearer " + value);
        if (where == Where.Basic)
        {
            message = Post("/api/oauth/v1/token", new StringContent("grant_type=client_credentials", Encoding.UTF8, "application/x-www-form-urlencoded"));
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{value}")));
        }
        return message;
    }

    private static HttpRequestMessage Post(string path, HttpContent content) => new(HttpMethod.Post, path) { Content = content };

    private static MultipartFormDataContent Multipart(string clientId, string name, string value) => new("b0undary")
    {
        { new StringContent("client_credentials"), "grant_type" },
        { new StringContent(clientId), "client_id" },
        { new StringContent(value), name },
    };
}
