using System.Runtime.CompilerServices;

namespace SupportOps.RiskModel.Internal;

/// <summary>Scratch space for ranking reasons: one 64-bit sort key per kept reason, inline on the stack.</summary>
[InlineArray(ReasonBuffer.Capacity)]
internal struct ReasonKeys
{
    private ulong _element0;
}
