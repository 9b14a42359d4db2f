using System.Text;
using System.Text.RegularExpressions;

namespace AiciSandbox.ReferenceIntegrator.Urssaf;

/// <summary>
/// The <see cref="Defect.OffsetDates"/> bug: dates go out as <c>2026-03-03T08:00:00+00:00</c>, as a serializer's default
/// writes a <c>DateTimeOffset</c>, instead of the <c>…Z</c> the API requires.
/// </summary>
public sealed partial class OffsetDatesHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content?.Headers.ContentType?.MediaType == "application/json")
        {
            var json = await request.Content.ReadAsStringAsync(cancellationToken);
            request.Content = new StringContent(ZuluDate().Replace(json, "\"$1+00:00\""), Encoding.UTF8, "application/json");
        }
        return await base.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex("\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})Z\"")]
    private static partial Regex ZuluDate();
}
