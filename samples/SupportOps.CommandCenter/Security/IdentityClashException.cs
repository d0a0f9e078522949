namespace SupportOps.CommandCenter.Security;

/// <summary>Another instance created the same role or user, or changed it, between a check and a write.</summary>
/// <param name="message">What clashed.</param>
internal sealed class IdentityClashException(string message) : InvalidOperationException(message);
