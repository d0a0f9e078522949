namespace SupportOps.CommandCenter.Apis;

/// <summary>A page of an operations list, newest first; pass <see cref="NextBefore"/> as <c>before</c> for the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="NextBefore">The id to page on from, or null on the last page.</param>
public sealed record OperationsPage<T>(IReadOnlyList<T> Items, long? NextBefore);
