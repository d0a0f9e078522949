using PdfSharp.Fonts;

namespace SupportOps.CommandCenter.Reports;

/// <summary>
/// Resolves every font the PDF asks for to Liberation Sans (regular or bold), shipped as embedded
/// resources (<c>Reports/Fonts</c>, SIL Open Font License 1.1; see <c>SOURCE.md</c> there). PDFsharp 6
/// reads no system fonts on Linux, so without a resolver it cannot draw text.
/// </summary>
/// <remarks><para>Installed once per process with <see cref="EnsureInstalled"/> (PDFsharp's font settings are global). Thread-safe.</para></remarks>
internal sealed class ReportFontResolver : IFontResolver
{
    /// <summary>The family name the renderer uses.</summary>
    public const string FamilyName = "Liberation Sans";

    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";
    private static readonly Lock Gate = new();
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load(Bold));

    /// <summary>Installs the resolver as PDFsharp's global font resolver unless it is already installed.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not ReportFontResolver)
            {
                GlobalFontSettings.FontResolver = new ReportFontResolver();
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName switch
    {
        Regular => RegularBytes.Value,
        Bold => BoldBytes.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"SupportOps.CommandCenter.Reports.Fonts.{face}.ttf";
        using var stream = typeof(ReportFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font '{name}' is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
