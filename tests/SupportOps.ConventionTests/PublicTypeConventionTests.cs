using System.Reflection;
using System.Runtime.CompilerServices;

namespace SupportOps.ConventionTests;

/// <summary>
/// Keeps the rules of CONVENTIONS.md true as the code grows: every public type is sealed, abstract or
/// static; public structs are readonly; public APIs speak NodaTime, never DateTime.
/// </summary>
public sealed class PublicTypeConventionTests
{
    [Fact]
    public void EveryPackageUnderSrc_IsReferencedByTheConventionTests()
    {
        var missing = PackageAssemblies.PackageNames
            .Where(name => !File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
            .ToArray();

        Assert.True(missing.Length == 0, "Add a ProjectReference to SupportOps.ConventionTests for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void PublicClasses_AreSealedAbstractOrStatic(string package)
    {
        var offenders = PublicTypes(package)
            .Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract && !typeof(Delegate).IsAssignableFrom(type))
            .Select(type => type.FullName)
            .ToArray();

        Assert.True(offenders.Length == 0, "Public classes must be sealed, abstract or static: " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void PublicStructs_AreReadOnly(string package)
    {
        var offenders = PublicTypes(package)
            .Where(type => type.IsValueType && !type.IsEnum && !type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(type => type.FullName)
            .ToArray();

        Assert.True(offenders.Length == 0, "Public structs must be readonly: " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void PublicTypes_HaveNoPublicMutableFields(string package)
    {
        var offenders = PublicTypes(package)
            .Where(type => !type.IsEnum)
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral)
            .Select(field => field.DeclaringType!.FullName + "." + field.Name)
            .ToArray();

        Assert.True(offenders.Length == 0, "Public fields must be readonly or const: " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void PublicApis_UseNodaTimeInsteadOfDateTime(string package)
    {
        var banned = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(DateTime?), typeof(DateTimeOffset?) };
        var offenders = PublicTypes(package)
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(member => SignatureTypes(member).Any(banned.Contains))
            .Select(member => member.DeclaringType!.FullName + "." + member.Name)
            .ToArray();

        Assert.True(offenders.Length == 0, "Public APIs take Instant, LocalDate or Duration, not DateTime: " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(PackageAssemblies.Names), MemberType = typeof(PackageAssemblies))]
    public void PublicTypes_LiveInTheirPackageNamespace(string package)
    {
        var offenders = PublicTypes(package)
            .Where(type => type.Namespace is null || !type.Namespace.StartsWith(package, StringComparison.Ordinal))
            .Select(type => type.FullName)
            .ToArray();

        Assert.True(offenders.Length == 0, $"Public types of {package} belong under the {package} namespace: " + string.Join(", ", offenders));
    }

    private static IEnumerable<Type> PublicTypes(string package) =>
        PackageAssemblies.Load(package).GetExportedTypes();

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        MethodInfo method => method.GetParameters().Select(parameter => parameter.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(parameter => parameter.ParameterType),
        _ => [],
    };
}
