using System.Collections.Immutable;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>
/// A routing decision and its explanation: ids, policy version, inputs hash, the matching rule or
/// override, the target, the alternatives rejected and the reason codes.
/// </summary>
/// <remarks>
/// <para>
/// A decision is a pure function of its inputs: equal <see cref="InputsHash"/> and
/// <see cref="PolicyVersion"/> give an equal decision on any machine. <see cref="DecisionId"/> is the ticket id,
/// <c>@</c>, the policy version, <c>#</c> and the first 16 hex digits of the inputs hash
/// (<c>T-1@v1#3fa9c1d2e4b5a6f7</c>). At most <see cref="RoutingOptions.MaxAlternatives"/> alternatives
/// are kept (rules first, then targets and agents in id order); <see cref="AlternativesOmitted"/>
/// counts the rest.
/// </para>
/// <para>This type is immutable and thread-safe; equality compares every field.</para>
/// </remarks>
public sealed class RoutingDecision : IEquatable<RoutingDecision>
{
    private readonly byte[] _inputsHash;
    private string? _inputsHashHex;
    private string? _decisionId;

    internal RoutingDecision(
        string ticketId,
        string policyVersion,
        byte[] inputsHash,
        string? ruleId,
        string? overrideId,
        DecisionTarget target,
        string queue,
        ImmutableArray<RoutingAlternative> alternatives,
        int alternativesOmitted,
        ImmutableArray<RoutingReasonCode> reasonCodes)
    {
        TicketId = ticketId;
        PolicyVersion = policyVersion;
        _inputsHash = inputsHash;
        RuleId = ruleId;
        OverrideId = overrideId;
        Target = target;
        Queue = queue;
        Alternatives = alternatives;
        AlternativesOmitted = alternativesOmitted;
        ReasonCodes = reasonCodes;
    }

    /// <summary>Gets the deterministic decision id.</summary>
    /// <remarks><para>Built on first use, like <see cref="InputsHash"/>, so simulations of many tickets do not pay for strings nobody reads.</para></remarks>
    public string DecisionId => _decisionId ??= $"{TicketId}@{PolicyVersion}#{InputsHash.AsSpan(0, 16)}";

    /// <summary>Gets the ticket id.</summary>
    public string TicketId { get; }

    /// <summary>Gets the version of the policy that decided.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets the SHA-256 (lower-case hex) of the normalized inputs.</summary>
    public string InputsHash => _inputsHashHex ??= Convert.ToHexStringLower(_inputsHash);

    /// <summary>Gets the raw inputs hash bytes.</summary>
    internal ReadOnlySpan<byte> InputsHashBytes => _inputsHash;

    /// <summary>Gets the id of the matching rule, or null when an override decided or no rule matched.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the id of the override that decided, or null.</summary>
    public string? OverrideId { get; }

    /// <summary>Gets where the ticket goes: an agent or a queue.</summary>
    public DecisionTarget Target { get; }

    /// <summary>Gets the queue the ticket is filed in (the target itself when the target is a queue).</summary>
    public string Queue { get; }

    /// <summary>Gets the assigned agent id, or null when the target is a queue.</summary>
    public string? AssigneeId => Target.Kind == DecisionTargetKind.Agent ? Target.Id : null;

    /// <summary>Gets the alternatives considered and why each was rejected (capped).</summary>
    public ImmutableArray<RoutingAlternative> Alternatives { get; }

    /// <summary>Gets how many alternatives were left out by the cap.</summary>
    public int AlternativesOmitted { get; }

    /// <summary>Gets the reason codes, in the order the steps happened.</summary>
    public ImmutableArray<RoutingReasonCode> ReasonCodes { get; }

    /// <inheritdoc />
    public bool Equals(RoutingDecision? other) =>
        other is not null
        && TicketId == other.TicketId && PolicyVersion == other.PolicyVersion
        && InputsHashBytes.SequenceEqual(other.InputsHashBytes) && RuleId == other.RuleId && OverrideId == other.OverrideId
        && Target == other.Target && Queue == other.Queue && AlternativesOmitted == other.AlternativesOmitted
        && Alternatives.AsSpan().SequenceEqual(other.Alternatives.AsSpan())
        && ReasonCodes.AsSpan().SequenceEqual(other.ReasonCodes.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoutingDecision);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TicketId, BitConverter.ToInt32(_inputsHash), Target);

    /// <inheritdoc />
    public override string ToString() =>
        $"{DecisionId} {TicketId} -> {Target} (queue {Queue}, rule {RuleId ?? "-"}, {string.Join(",", ReasonCodes)})";
}
