using Microsoft.EntityFrameworkCore.Diagnostics;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>A fresh, empty database of one provider for one test or test class, removed on dispose.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Gets the provider name as configured (<c>CommandCenter:Database:Provider</c>).</summary>
    public abstract string Provider { get; }

    /// <summary>Gets the connection string of the database.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>Creates a context of the provider's type over the database (not migrated).</summary>
    public abstract CommandCenterDbContext CreateContext(params IInterceptor[] interceptors);

    /// <summary>Removes the database.</summary>
    public abstract ValueTask DisposeAsync();
}
