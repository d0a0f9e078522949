namespace SupportOps.CommandCenter.Background;

/// <summary>A lease as the operations API shows it.</summary>
/// <param name="Name">The lease name.</param>
/// <param name="Owner">The owning instance (the last one, when free).</param>
/// <param name="Held">Whether it is held now (not expired).</param>
/// <param name="AcquiredAt">When the owner acquired it.</param>
/// <param name="ExpiresAt">When the owner's claim expires (or expired).</param>
/// <param name="Generation">How many times it changed hands.</param>
public sealed record LeaseView(string Name, string Owner, bool Held, string AcquiredAt, string ExpiresAt, long Generation);
