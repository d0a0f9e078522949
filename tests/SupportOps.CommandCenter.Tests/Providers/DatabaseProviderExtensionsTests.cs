using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;

namespace SupportOps.CommandCenter.Tests.Providers;

public sealed class DatabaseProviderExtensionsTests
{
    [Theory]
    [InlineData("postgresql")]
    [InlineData("PostgreSQL")]
    public void AddApplicationServices_PostgreSql_RegistersTheNpgsqlContextBehindTheBaseTypeAndCopyWriter(string provider)
    {
        using var provider_ = Build(provider, "Host=localhost;Database=never_opened");
        using var scope = provider_.CreateScope();

        var sut = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        Assert.IsType<PostgreSqlCommandCenterDbContext>(sut);
        Assert.True(sut.Database.IsNpgsql());
        Assert.IsType<PostgreSqlBulkRowWriter>(provider_.GetRequiredService<IBulkRowWriter>());
    }

    [Fact]
    public void AddApplicationServices_Sqlite_RegistersTheBaseContextAndPreparedInsertWriter()
    {
        using var provider = Build("sqlite", null);
        using var scope = provider.CreateScope();

        var sut = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        Assert.Equal(typeof(CommandCenterDbContext), sut.GetType());
        Assert.True(sut.Database.IsSqlite());
        Assert.IsType<SqliteBulkRowWriter>(provider.GetRequiredService<IBulkRowWriter>());
    }

    [Fact]
    public void AddApplicationServices_PostgreSqlWithoutConnectionString_FailsOptionsValidation()
    {
        using var provider = Build("postgresql", null);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains("ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSqlModel_EveryTextColumn_UsesTheOrdinalCollation()
    {
        using var provider = Build("postgresql", "Host=localhost;Database=never_opened");
        using var scope = provider.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        var text = sut.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string)).ToList();

        Assert.NotEmpty(text);
        Assert.All(text, p => Assert.Equal(PostgreSqlCommandCenterDbContext.OrdinalCollation, p.GetCollation()));
    }

    [Theory]
    [InlineData("sqlite", null)]
    [InlineData("postgresql", "Host=localhost;Database=never_opened")]
    public void Migrations_EachProvider_HasItsOwnAndTheyMatchTheModel(string provider, string? connectionString)
    {
        using var services = Build(provider, connectionString);
        using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var folder = provider == "sqlite" ? ".Migrations.Sqlite." : ".Migrations.PostgreSql.";

        var migrations = sut.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Migrations.Values.ToList();

        Assert.NotEmpty(migrations);
        Assert.All(migrations, m => Assert.Contains(folder, m.FullName, StringComparison.Ordinal));
        Assert.False(sut.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: run Infrastructure/Migrations/regenerate.sh.");
    }

    private static ServiceProvider Build(string provider, string? connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["CommandCenter:Database:Provider"] = provider;
        builder.Configuration["CommandCenter:Database:ConnectionString"] = connectionString;
        builder.AddApplicationServices();
        return builder.Services.BuildServiceProvider();
    }
}
