using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SupportOps.EventTimeline.Internal;

/// <summary>Wraps arrays that are never written again as immutable arrays without copying.</summary>
internal static class ImmutableCollectionsMarshalHelper
{
    public static ImmutableArray<T> AsImmutable<T>(T[] array) => ImmutableCollectionsMarshal.AsImmutableArray(array);
}
