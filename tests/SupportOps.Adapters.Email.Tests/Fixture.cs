using SupportOps.Adapters.Ports;

namespace SupportOps.Adapters.Email.Tests;

/// <summary>Reads the fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Folder(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static SourcePayload Payload(string relativePath) => new(relativePath, File.ReadAllBytes(Folder(relativePath.Split('/'))));
}
