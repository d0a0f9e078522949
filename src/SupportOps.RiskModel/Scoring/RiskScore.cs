using System.Globalization;
using System.Text;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Scoring;

/// <summary>The result of scoring one ticket: a score from 0 to 100, its band, every factor's contribution and
/// the reasons, most important first.</summary>
/// <remarks>
/// <para>Everything is stored inline, so producing and copying a score never allocates.</para>
/// <para><see cref="Score"/> is the sum of all contributions clamped to 0..100 (computed in double precision; the
/// contributions are kept in single precision, so their sum can differ from it in the sixth significant digit). The reasons are the factors with the
/// largest absolute contributions (at most <see cref="RiskScoringOptions.MaxReasons"/>, zero contributions left out),
/// plus <see cref="RiskReason.AlreadyBreached"/> whenever the timer has breached, all ordered by absolute
/// contribution with ties in <see cref="RiskReason"/> order. When no factor contributes, the only reason is
/// <see cref="RiskReason.SlaTimeElapsed"/> with contribution 0.</para>
/// </remarks>
public readonly struct RiskScore : IEquatable<RiskScore>
{
    private readonly double _score;
    private readonly ContributionBuffer _contributions;
    private readonly ReasonBuffer _reasons;
    private readonly byte _reasonCount;
    private readonly byte _band;

    internal RiskScore(double score, RiskBand band, in ContributionBuffer contributions, in ReasonBuffer reasons, int reasonCount)
    {
        _score = score;
        _band = unchecked((byte)band);
        _contributions = contributions;
        _reasons = reasons;
        _reasonCount = unchecked((byte)reasonCount);
    }

    /// <summary>Gets the score, from 0 (no risk) to 100.</summary>
    public double Score => _score;

    /// <summary>Gets the band the score falls into.</summary>
    public RiskBand Band => (RiskBand)_band;

    /// <summary>Gets the reasons, most important first (one to five).</summary>
    public RiskReasonList Reasons => new(_reasons, _reasonCount);

    /// <summary>Gets the number of reasons.</summary>
    public int ReasonCount => _reasonCount;

    /// <summary>Gets a value indicating whether the score includes <see cref="RiskReason.AlreadyBreached"/>.</summary>
    public bool IsBreached => Reasons.Contains(RiskReason.AlreadyBreached);

    /// <summary>Equality of two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when score, band, contributions and reasons are all equal.</returns>
    public static bool operator ==(RiskScore left, RiskScore right) => left.Equals(right);

    /// <summary>Inequality of two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the scores differ.</returns>
    public static bool operator !=(RiskScore left, RiskScore right) => !left.Equals(right);

    /// <summary>Gets the reason at <paramref name="index"/> (0 is the most important) without copying the list.</summary>
    /// <param name="index">Zero-based index below <see cref="ReasonCount"/>.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public RiskReason GetReason(int index)
        => (uint)index < (uint)_reasonCount
            ? (RiskReason)_reasons[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in 0..{_reasonCount - 1}, but was {index}.");

    /// <summary>Gets how many points a factor added (positive) or removed (negative).</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The contribution, stored in single precision (about seven significant digits); 0 when the factor did not apply.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a defined <see cref="RiskReason"/>.</exception>
    public double GetContribution(RiskReason factor)
        => (uint)factor < RiskReasonCodes.Count
            ? _contributions[(int)factor]
            : throw new ArgumentOutOfRangeException(nameof(factor), factor, $"factor {(int)factor} is not a defined {nameof(RiskReason)}.");

    /// <inheritdoc />
    public bool Equals(RiskScore other)
    {
        if (Score != other.Score || Band != other.Band || !Reasons.Equals(other.Reasons))
        {
            return false;
        }

        for (var i = 0; i < RiskReasonCodes.Count; i++)
        {
            if (_contributions[i] != other._contributions[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RiskScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Score, Band, Reasons);

    /// <summary>Formats the score for logs, e.g. <c>73.5 critical: SLA_TIME_ELAPSED +52.5, UNASSIGNED +8, PRIORITY_P0 +8</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Score:0.#} {BandCode(Band)}:");
        for (var i = 0; i < _reasonCount; i++)
        {
            var reason = (RiskReason)_reasons[i];
            text.Append(i == 0 ? " " : ", ")
                .Append(reason.ToCode())
                .Append(CultureInfo.InvariantCulture, $" {_contributions[(int)reason]:+0.#;-0.#;0}");
        }

        return text.ToString();
    }

    private static string BandCode(RiskBand band) => band switch
    {
        RiskBand.Ok => "ok",
        RiskBand.AtRisk => "at_risk",
        _ => "critical",
    };
}
