namespace SupportOps.CommandCenter.Security;

/// <summary>Whether the demo sign-ins of <see cref="DemoUsers"/> are created at start-up, and their password.</summary>
public sealed class DemoUserOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:DemoUsers";

    /// <summary>The documented demo password.</summary>
    public const string DefaultPassword = "Demo-Password-1";

    /// <summary>Gets or sets whether to create the demo users; null creates them in the Development environment only.</summary>
    /// <value>The default value is null.</value>
    public bool? Enabled { get; set; }

    /// <summary>Gets or sets the password of every demo user; it must satisfy the password rules.</summary>
    /// <value>The default value is <see cref="DefaultPassword"/> (<c>Demo-Password-1</c>).</value>
    public string Password { get; set; } = DefaultPassword;
}
