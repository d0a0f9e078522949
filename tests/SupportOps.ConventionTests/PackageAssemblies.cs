using System.Reflection;

namespace SupportOps.ConventionTests;

/// <summary>Finds the repository and the package assemblies whose conventions are checked.</summary>
internal static class PackageAssemblies
{
    public static DirectoryInfo RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Names of the packages: one per project folder under <c>src/</c>.</summary>
    public static IReadOnlyList<string> PackageNames { get; } =
        RepositoryRoot.GetDirectories("src")[0]
            .GetFiles("*.csproj", SearchOption.AllDirectories)
            .Select(file => Path.GetFileNameWithoutExtension(file.Name))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The package assemblies copied beside this test assembly.</summary>
    public static IReadOnlyList<Assembly> All { get; } =
        PackageNames
            .Where(name => File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .ToArray();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in PackageNames)
        {
            data.Add(name);
        }

        return data;
    }

    public static Assembly Load(string packageName) => Assembly.Load(new AssemblyName(packageName));

    private static DirectoryInfo FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SupportOps.Core.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"SupportOps.Core.sln was not found above {AppContext.BaseDirectory}.");
    }
}
