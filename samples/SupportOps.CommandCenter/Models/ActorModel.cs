namespace SupportOps.CommandCenter.Models;

/// <summary>Who did something.</summary>
/// <param name="Kind">The actor kind (<c>customer</c>, <c>agent</c>, <c>system</c>, <c>integration</c>).</param>
/// <param name="Id">The actor id.</param>
/// <param name="DisplayName">The display name, optional.</param>
public sealed record ActorModel(string? Kind, string? Id, string? DisplayName);
