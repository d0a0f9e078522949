using System.Text;
using SupportOps.Adapters.Ports;

namespace SupportOps.Adapters.Zendesk.Tests;

/// <summary>Reads the fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Folder(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static SourcePayload Payload(string relativePath, string? ticketId = null) =>
        new(relativePath, File.ReadAllBytes(Folder(relativePath.Split('/')))) { ExternalTicketId = ticketId };

    public static SourcePayload Text(string json, string? ticketId = null) =>
        new("inline.json", Encoding.UTF8.GetBytes(json)) { ExternalTicketId = ticketId };
}
