using System.Reflection;

namespace SupportOps.ConventionTests;

/// <summary>
/// Keeps the package graph and the files every package ships honest: the SLA engine, risk model and
/// routing engine stand alone; every package tracks its public API and carries a README.
/// </summary>
public sealed class PackageLayoutConventionTests
{
    /// <summary>Packages that may depend on no other SupportOps package.</summary>
    private static readonly string[] StandalonePackages =
    [
        "SupportOps.SlaEngine",
        "SupportOps.RiskModel",
        "SupportOps.RoutingEngine",
        "SupportOps.EventTimeline",
        "SupportOps.Summarizer.Abstractions",
    ];

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void StandalonePackages_ReferenceNoOtherSupportOpsPackage(string package)
    {
        if (!StandalonePackages.Contains(package))
        {
            return;
        }

        var references = PackageAssemblies.Load(package).GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => name.StartsWith("SupportOps.", StringComparison.Ordinal))
            .ToArray();

        Assert.True(references.Length == 0, $"{package} must stand alone but references: " + string.Join(", ", references));
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void Packages_TrackTheirPublicApiAndShipAReadme(string package)
    {
        var folder = Directory.GetDirectories(Path.Combine(PackageAssemblies.RepositoryRoot.FullName, "src"), package, SearchOption.AllDirectories).Single();

        Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Shipped.txt")), $"{package} has no PublicAPI.Shipped.txt");
        Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Unshipped.txt")), $"{package} has no PublicAPI.Unshipped.txt");
        var readme = Path.Combine(folder, "README.md");
        Assert.True(File.Exists(readme), $"{package} has no README.md");
        Assert.Contains("## How to use", File.ReadAllText(readme), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void Packages_DocumentEveryPublicMember(string package)
    {
        var assembly = PackageAssemblies.Load(package);
        var documentation = Path.ChangeExtension(assembly.Location, ".xml");

        Assert.True(File.Exists(documentation), $"{package} ships no XML documentation file");
        Assert.NotEmpty(assembly.GetExportedTypes());
    }
}
