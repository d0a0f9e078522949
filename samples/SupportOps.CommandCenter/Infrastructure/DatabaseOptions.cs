namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>Where the command center keeps its data (section <c>CommandCenter:Database</c>).</summary>
/// <remarks>
/// <para>SQLite is the embedded default: a file under the content root, created and migrated at
/// start-up. PostgreSQL is chosen with <c>Provider = postgresql</c> and an Npgsql connection string; the
/// database is created (if the role may) and migrated at start-up with PostgreSQL's own migrations.</para>
/// </remarks>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Database";

    /// <summary>The embedded SQLite provider.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL provider (Npgsql).</summary>
    public const string PostgreSql = "postgresql";

    /// <summary>Gets or sets the provider: <see cref="Sqlite"/> or <see cref="PostgreSql"/> (case-insensitive).</summary>
    /// <value>The default value is <c>sqlite</c>.</value>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// Gets or sets the connection string: required for PostgreSQL
    /// (e.g. <c>Host=db;Database=supportops;Username=app;Password=…</c>); for SQLite, when empty, a file at
    /// <see cref="SqlitePath"/>.
    /// </summary>
    /// <value>The default value is empty.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the SQLite database file, relative to the content root.</summary>
    /// <value>The default value is <c>App_Data/commandcenter.db</c>.</value>
    public string SqlitePath { get; set; } = "App_Data/commandcenter.db";

    /// <summary>Gets a value indicating whether <see cref="Provider"/> names SQLite.</summary>
    internal bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets a value indicating whether <see cref="Provider"/> names PostgreSQL.</summary>
    internal bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the options: a known provider, and a connection string for PostgreSQL.</summary>
    /// <returns>The problem, or <see langword="null"/> when the options are valid.</returns>
    internal string? Validate()
        => IsSqlite ? null
        : !IsPostgreSql ? $"CommandCenter:Database:Provider must be '{Sqlite}' or '{PostgreSql}', not '{Provider}'."
        : string.IsNullOrWhiteSpace(ConnectionString) ? "CommandCenter:Database:ConnectionString is required when the Provider is 'postgresql'."
        : null;
}
