namespace SupportOps.Summarizer.Local.Data;

internal static class EmbeddedResources
{
    public static string Read(string fileName)
    {
        var name = "SupportOps.Summarizer.Local.Resources." + fileName;
        using var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
