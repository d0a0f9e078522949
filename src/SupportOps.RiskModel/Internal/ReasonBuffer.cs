using System.Runtime.CompilerServices;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Internal;

/// <summary>Up to <see cref="Capacity"/> reasons stored inline: four top factors plus <see cref="RiskReason.AlreadyBreached"/>.</summary>
[InlineArray(Capacity)]
internal struct ReasonBuffer
{
    public const int Capacity = 5;

    private byte _element0;
}
