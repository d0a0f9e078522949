using System.Runtime.CompilerServices;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Internal;

/// <summary>One contribution per <see cref="RiskReason"/>, stored inline (no heap array) in single precision.</summary>
[InlineArray(RiskReasonCodes.Count)]
internal struct ContributionBuffer
{
    private float _element0;
}
