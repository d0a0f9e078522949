namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>Where the command center keeps its data (section <c>CommandCenter:Database</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Database";

    /// <summary>The embedded SQLite provider.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>Gets or sets the provider.</summary>
    /// <value>The default value is <c>sqlite</c>, the only provider of this slice (PostgreSQL follows).</value>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Gets or sets the connection string; when empty, a SQLite file at <see cref="SqlitePath"/>.</summary>
    /// <value>The default value is empty.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the SQLite database file, relative to the content root.</summary>
    /// <value>The default value is <c>App_Data/commandcenter.db</c>.</value>
    public string SqlitePath { get; set; } = "App_Data/commandcenter.db";
}
