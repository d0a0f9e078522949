namespace SupportOps.CommandCenter.Models;

/// <summary>The body of <c>POST /api/v1/auth/login</c>.</summary>
/// <param name="Email">The user's email.</param>
/// <param name="Password">The password.</param>
/// <param name="RememberMe">Whether the cookie outlives the browser session (a persistent cookie).</param>
public sealed record LoginRequest(string? Email, string? Password, bool RememberMe = false);
