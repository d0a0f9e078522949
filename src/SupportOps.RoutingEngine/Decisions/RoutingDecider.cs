using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>
/// The decision algorithm (docs/routing-engine.md). Allocation-free apart from the decision itself:
/// per-agent scratch lives on the stack (or in pooled arrays for very large snapshots), hashes are
/// computed into stack buffers, and the snapshot's indexes are precomputed once per snapshot.
/// </summary>
internal static class RoutingDecider
{
    private const int StackLimit = 512;
    private const byte NotCandidate = 0;
    private const byte Eligible = 255;
    private const byte Picked = 254;

    public static RoutingDecision Decide(
        RoutingPolicy policy,
        RoutingTicket ticket,
        CompiledCapacity capacity,
        ReadOnlySpan<byte> fingerprint,
        int[] load,
        int[] channelLoad,
        ulong[] room,
        ulong[] channelRoom,
        RoutingOverride? activeOverride,
        Instant now,
        RoutingOptions options,
        out int assigned)
    {
        var n = capacity.Count;
        var words = capacity.Words;
        byte[]? rentedBytes = null;
        int[]? rentedInts = null;
        ulong[]? rentedWords = null;
        var bitmapLength = (n + 7) >> 3;
        Span<byte> bytes = n + bitmapLength <= StackLimit * 2
            ? stackalloc byte[n + bitmapLength]
            : (rentedBytes = ArrayPool<byte>.Shared.Rent(n + bitmapLength)).AsSpan(0, n + bitmapLength);
        Span<int> ints = n <= StackLimit ? stackalloc int[2 * n] : (rentedInts = ArrayPool<int>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        Span<ulong> onShift = words <= StackLimit / 64 ? stackalloc ulong[words] : (rentedWords = ArrayPool<ulong>.Shared.Rent(words)).AsSpan(0, words);
        Span<byte> hash = stackalloc byte[32];
        Span<RoutingReasonCode> codes = stackalloc RoutingReasonCode[8];
        var alternatives = ArrayPool<RoutingAlternative>.Shared.Rent(Math.Max(1, options.MaxAlternatives));
        try
        {
            bytes.Clear();
            var context = new Context(
                policy, ticket, capacity, fingerprint, load, channelLoad, room, channelRoom, activeOverride, now, options,
                bytes[..n], bytes[n..], ints[..n], ints[n..], onShift, hash, codes, alternatives);
            return context.Run(out assigned);
        }
        finally
        {
            ArrayPool<RoutingAlternative>.Shared.Return(alternatives, clearArray: true);
            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }

            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }

            if (rentedWords is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedWords);
            }
        }
    }

    /// <summary>The state of one decision; a ref struct so its scratch spans can live on the stack.</summary>
    private ref struct Context
    {
        private readonly RoutingPolicy _policy;
        private readonly RoutingTicket _ticket;
        private readonly CompiledCapacity _capacity;
        private readonly ReadOnlySpan<byte> _fingerprint;
        private readonly int[] _load;
        private readonly int[] _channelLoad;
        private readonly ulong[] _room;
        private readonly ulong[] _channelRoom;
        private readonly RoutingOverride? _override;
        private readonly Instant _now;
        private readonly RoutingOptions _options;
        private readonly Span<byte> _reasons;
        private readonly Span<byte> _shiftBits;
        private readonly Span<int> _eligible;
        private readonly Span<int> _tied;
        private readonly Span<ulong> _onShift;
        private readonly Span<byte> _hash;
        private readonly Span<RoutingReasonCode> _codes;
        private readonly RoutingAlternative[] _alternatives;
        private readonly int _channel;
        private readonly int _assignee;
        private readonly bool _cooldownActive;
        private int _codeCount;
        private int _alternativeCount;
        private int _omitted;
        private bool _hashed;
        private bool _onShiftKnown;
        private int _onCallPrimary;
        private int _onCallSecondary;
        private int _eligibleCount;
        private int _considered;
        private int _poolSkill;

        public Context(
            RoutingPolicy policy,
            RoutingTicket ticket,
            CompiledCapacity capacity,
            ReadOnlySpan<byte> fingerprint,
            int[] load,
            int[] channelLoad,
            ulong[] room,
            ulong[] channelRoom,
            RoutingOverride? activeOverride,
            Instant now,
            RoutingOptions options,
            Span<byte> reasons,
            Span<byte> shiftBits,
            Span<int> eligible,
            Span<int> tied,
            Span<ulong> onShift,
            Span<byte> hash,
            Span<RoutingReasonCode> codes,
            RoutingAlternative[] alternatives)
        {
            _policy = policy;
            _ticket = ticket;
            _capacity = capacity;
            _fingerprint = fingerprint;
            _load = load;
            _channelLoad = channelLoad;
            _room = room;
            _channelRoom = channelRoom;
            _override = activeOverride;
            _now = now;
            _options = options;
            _reasons = reasons;
            _shiftBits = shiftBits;
            _eligible = eligible;
            _tied = tied;
            _onShift = onShift;
            _hash = hash;
            _codes = codes;
            _alternatives = alternatives;
            _channel = (int)ticket.Channel;
            _assignee = ticket.CurrentAssignee is not null && capacity.IndexById.TryGetValue(ticket.CurrentAssignee, out var index) ? index : -1;
            _cooldownActive = _assignee >= 0 && ticket.AssignedAt is { } assignedAt && now >= assignedAt && now - assignedAt < options.Cooldown;
            _onCallPrimary = -2;
            _onCallSecondary = -2;
        }

        public RoutingDecision Run(out int assigned)
        {
            assigned = -1;
            var rule = MatchRule();
            string? ruleId = null;
            DecisionTarget target;
            string queue;

            if (_override is not null)
            {
                if (_override.Kind == RoutingOverrideKind.EscalateToQueue)
                {
                    Code(RoutingReasonCode.OverrideEscalation);
                    target = new DecisionTarget(DecisionTargetKind.Queue, _override.TargetId);
                    queue = _override.TargetId;
                }
                else
                {
                    Code(RoutingReasonCode.OverrideReassignment);
                    target = new DecisionTarget(DecisionTargetKind.Agent, _override.TargetId);
                    queue = rule?.Queue ?? _policy.DefaultQueue;
                    assigned = _capacity.IndexById.TryGetValue(_override.TargetId, out var index) ? index : -1;
                }
            }
            else if (rule is null)
            {
                Code(RoutingReasonCode.NoRuleMatched);
                Code(RoutingReasonCode.DefaultQueue);
                target = new DecisionTarget(DecisionTargetKind.Queue, _policy.DefaultQueue);
                queue = _policy.DefaultQueue;
            }
            else
            {
                ruleId = rule.Id;
                Code(RoutingReasonCode.RuleMatched);
                target = default;
                queue = string.Empty;
                var resolved = false;
                for (var stage = 0; stage < 2 && !resolved; stage++)
                {
                    var routingTarget = stage == 0 ? rule.Target : rule.Fallback;
                    if (routingTarget is null)
                    {
                        break;
                    }

                    if (stage == 1)
                    {
                        Code(RoutingReasonCode.FallbackUsed);
                    }

                    if (routingTarget.Kind == RoutingTargetKind.Queue)
                    {
                        target = new DecisionTarget(DecisionTargetKind.Queue, routingTarget.Id!);
                        queue = routingTarget.Id!;
                        resolved = true;
                        break;
                    }

                    var eligible = Evaluate(routingTarget);
                    if (eligible > 0)
                    {
                        var picked = Pick();
                        _reasons[picked] = Picked;
                        RecordAgents(routingTarget.Kind, picked: true);
                        Code(routingTarget.Kind switch
                        {
                            RoutingTargetKind.OnCall => RoutingReasonCode.OnCallAssigned,
                            RoutingTargetKind.TeamLead => RoutingReasonCode.TeamLeadAssigned,
                            _ => RoutingReasonCode.PoolAgentAssigned,
                        });
                        target = new DecisionTarget(DecisionTargetKind.Agent, _capacity.Ids[picked]);
                        queue = rule.Queue ?? _policy.DefaultQueue;
                        assigned = picked;
                        resolved = true;
                    }
                    else
                    {
                        RecordAgents(routingTarget.Kind, picked: false);
                        Alternative(new RoutingAlternative(AlternativeKind.Target, routingTarget.Display, RejectionReason.NoEligibleAgent));
                        Code(RoutingReasonCode.NoEligibleAgent);
                    }
                }

                if (!resolved)
                {
                    if (rule.Queue is not null)
                    {
                        Code(RoutingReasonCode.RuleQueue);
                        queue = rule.Queue;
                    }
                    else
                    {
                        Code(RoutingReasonCode.DefaultQueue);
                        queue = _policy.DefaultQueue;
                    }

                    target = new DecisionTarget(DecisionTargetKind.Queue, queue);
                }
            }

            EnsureHash();
            return new RoutingDecision(
                _ticket.Id,
                _policy.Version,
                _hash.ToArray(),
                ruleId,
                _override?.Id,
                target,
                queue,
                ImmutableArray.Create(_alternatives.AsSpan(0, _alternativeCount)),
                _omitted,
                ImmutableArray.Create<RoutingReasonCode>(_codes[.._codeCount]));
        }

        private RoutingRule? MatchRule()
        {
            foreach (var rule in _policy.RuleArray)
            {
                var conditions = rule.Conditions;
                if (conditions.IsEmpty)
                {
                    return rule;
                }

                var failed = RuleConditionKinds.None;
                foreach (var clause in conditions)
                {
                    var f = clause.Evaluate(_ticket);
                    if (f == RuleConditionKinds.None)
                    {
                        return rule;
                    }

                    failed |= f;
                }

                if (_override is null)
                {
                    Alternative(new RoutingAlternative(AlternativeKind.Rule, rule.Id, RejectionReason.RuleDidNotMatch, failed));
                }
            }

            return null;
        }

        /// <summary>
        /// Fills the reasons of the agents a target considers and the list of eligible ones; returns how
        /// many are eligible. For a pool, only online agents with the skill are checked one by one (bitset
        /// prefilter); the others' reasons are static and derived when alternatives are recorded.
        /// </summary>
        private int Evaluate(RoutingTarget target)
        {
            _reasons.Clear();
            _eligibleCount = 0;
            var n = _capacity.Count;
            switch (target.Kind)
            {
                case RoutingTargetKind.AgentPool:
                    _poolSkill = target.Id is null ? -1 : _capacity.SkillIndex.TryGetValue(target.Id, out var s) ? s : -2;
                    _considered = n;
                    if (_poolSkill == -2)
                    {
                        break;
                    }

                    EvaluatePool(_poolSkill >= 0 ? _capacity.SkillMasks[_poolSkill] : null);
                    break;

                case RoutingTargetKind.TeamLead:
                    _considered = 0;
                    if (_capacity.TeamLeadMasks.TryGetValue(target.Id!, out var leads))
                    {
                        for (var w = 0; w < leads.Length; w++)
                        {
                            var bits = leads[w];
                            while (bits != 0)
                            {
                                var i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                                bits &= bits - 1;
                                _considered++;
                                Consider(i, Check(i, checkShift: true, allowAway: false));
                            }
                        }
                    }

                    break;

                default:
                    _considered = 0;
                    var agentId = _capacity.OnCall.Resolve(_now, target.Id!);
                    var index = agentId is not null && _capacity.IndexById.TryGetValue(agentId, out var found) ? found : -1;
                    if (target.Id == RoutingTarget.SecondaryRole)
                    {
                        _onCallSecondary = index;
                    }
                    else
                    {
                        _onCallPrimary = index;
                    }

                    if (index >= 0)
                    {
                        _considered = 1;
                        Consider(index, Check(index, checkShift: false, allowAway: true));
                    }
                    else if (agentId is not null)
                    {
                        Alternative(new RoutingAlternative(AlternativeKind.Agent, agentId, RejectionReason.NotInSnapshot));
                    }

                    break;
            }

            return _eligibleCount;
        }

        /// <summary>
        /// The pool: the same checks as <see cref="CheckCapacityAndShift"/>, in the same order, a word of 64 agents
        /// at a time. An agent is eligible when it is online, has the skill, has room overall and on the ticket's
        /// channel (the room masks are kept in step with the loads) and is on shift (the snapshot's cached on-shift
        /// set); only the eligible agents are visited, to list them. The others keep no reason here and get theirs
        /// from <see cref="StaticReason"/> when recorded. The current assignee during the cooldown may sit at
        /// capacity, so it is checked in full whenever it is a candidate.
        /// </summary>
        private void EvaluatePool(ulong[]? skillMask)
        {
            var online = _capacity.OnlineMask;
            var room = _room;
            var channelRoom = _channelRoom;
            var onShift = OnShift();
            var reasons = _reasons;
            var eligible = _eligible;
            var keeper = _cooldownActive ? _assignee : -1;
            var count = 0;
            unchecked
            {
                var channelWords = _channel * online.Length;
                for (var w = 0; w < online.Length; w++)
                {
                    var candidates = online[w] & (skillMask is null ? ulong.MaxValue : skillMask[w]);
                    var bits = candidates & room[w] & channelRoom[channelWords + w] & onShift[w];
                    var keeperBit = keeper >> 6 == w ? candidates & (1UL << (keeper & 63)) : 0;
                    if (keeperBit != 0)
                    {
                        var keeperReason = CheckCapacityAndShift(keeper, checkShift: true);
                        reasons[keeper] = keeperReason;
                        bits = keeperReason == Eligible ? bits | keeperBit : bits & ~keeperBit;
                    }

                    MarkShiftChecked(w, bits);
                    while (bits != 0)
                    {
                        var i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        eligible[count++] = i;
                        reasons[i] = Eligible;
                    }
                }
            }

            _eligibleCount = count;
        }

        /// <summary>The agents on shift at the decision instant, fetched from the snapshot on first use.</summary>
        private Span<ulong> OnShift()
        {
            if (!_onShiftKnown)
            {
                _capacity.OnShiftMask(_now, _onShift);
                _onShiftKnown = true;
            }

            return _onShift;
        }

        /// <summary>Sets the on-shift bitmap's bits (hashed into the inputs) of a word of agents that passed the shift check.</summary>
        private readonly void MarkShiftChecked(int word, ulong bits)
        {
            var bitmap = _shiftBits[(word << 3)..];
            if (bitmap.Length >= sizeof(ulong))
            {
                BinaryPrimitives.WriteUInt64LittleEndian(bitmap, BinaryPrimitives.ReadUInt64LittleEndian(bitmap) | bits);
                return;
            }

            for (var b = 0; b < bitmap.Length; b++)
            {
                bitmap[b] |= unchecked((byte)(bits >> (b << 3)));
            }
        }

        private void Consider(int i, byte reason)
        {
            _reasons[i] = reason;
            if (reason == Eligible)
            {
                _eligible[_eligibleCount++] = i;
            }
        }

        private byte Check(int i, bool checkShift, bool allowAway)
        {
            var status = _capacity.Status[i];
            if (status == AgentStatus.Offline)
            {
                return Reason(RejectionReason.Offline);
            }

            if (status == AgentStatus.Away && !allowAway)
            {
                return Reason(RejectionReason.Away);
            }

            return CheckCapacityAndShift(i, checkShift);
        }

        private byte CheckCapacityAndShift(int i, bool checkShift)
        {
            // The current assignee's load already counts this ticket, so during the cooldown it may sit at capacity.
            var keeper = _cooldownActive && i == _assignee;
            var capacity = _capacity.Capacity[i];
            var load = _load[i];
            if (capacity == 0 || (keeper ? load > capacity : load >= capacity))
            {
                return Reason(RejectionReason.AtCapacity);
            }

            var slot = (i * CompiledCapacity.ChannelCount) + _channel;
            var channelCapacity = _capacity.ChannelCapacity[slot];
            if (channelCapacity >= 0)
            {
                var channelLoad = _channelLoad[slot];
                if (channelCapacity == 0 || (keeper ? channelLoad > channelCapacity : channelLoad >= channelCapacity))
                {
                    return Reason(RejectionReason.ChannelAtCapacity);
                }
            }

            if (checkShift)
            {
                if ((OnShift()[i >> 6] & (1UL << (i & 63))) == 0)
                {
                    return Reason(RejectionReason.OffShift);
                }

                _shiftBits[i >> 3] |= (byte)(1 << (i & 7));
            }

            return Eligible;
        }

        /// <summary>Picks among the eligible agents: cooldown keep, else least loaded, else the weighted tie-break.</summary>
        private int Pick()
        {
            var capacities = _capacity.Capacity;
            var eligible = _eligible[.._eligibleCount];
            if (_cooldownActive && _reasons[_assignee] == Eligible)
            {
                var min = double.MaxValue;
                foreach (var i in eligible)
                {
                    min = Math.Min(min, (double)_load[i] / capacities[i]);
                }

                if (((double)_load[_assignee] / capacities[_assignee]) - min <= _options.Hysteresis)
                {
                    foreach (var i in eligible)
                    {
                        if (i != _assignee)
                        {
                            _reasons[i] = Reason(RejectionReason.CooldownKeptAssignee);
                        }
                    }

                    Code(RoutingReasonCode.KeptCurrentAssignee);
                    return _assignee;
                }
            }

            // Least loaded: the smallest load / capacity, compared exactly as cross products (no overflow:
            // int * int fits a long). One pass keeps the agents tied with the best so far, in eligible order;
            // a strictly better agent restarts the list (no earlier agent can tie with it).
            var loads = _load;
            var reasons = _reasons;
            var tied = _tied;
            var first = eligible[0];
            long bestLoad = loads[first], bestCapacity = capacities[first];
            var tiedCount = 0;
            unchecked
            {
                foreach (var i in eligible)
                {
                    long load = loads[i], capacity = capacities[i];
                    var lhs = load * bestCapacity;
                    var rhs = bestLoad * capacity;
                    if (lhs <= rhs)
                    {
                        if (lhs < rhs)
                        {
                            bestLoad = load;
                            bestCapacity = capacity;
                            tiedCount = 0;
                        }

                        tied[tiedCount++] = i;
                    }

                    reasons[i] = Reason(RejectionReason.NotLeastLoaded);
                }

                for (var k = 0; k < tiedCount; k++)
                {
                    reasons[tied[k]] = Eligible;
                }
            }

            if (tiedCount == 1)
            {
                Code(RoutingReasonCode.LeastLoaded);
                return _tied[0];
            }

            EnsureHash();
            Span<byte> mac = stackalloc byte[32];
            _policy.TieBreakKey.Compute(_hash, mac);
            var draw = BinaryPrimitives.ReadUInt64BigEndian(mac);
            ulong total = 0;
            for (var k = 0; k < tiedCount; k++)
            {
                total += (ulong)(capacities[_tied[k]] - _load[_tied[k]]);
            }

            var point = draw % total;
            var winner = _tied[tiedCount - 1];
            ulong cumulative = 0;
            for (var k = 0; k < tiedCount; k++)
            {
                cumulative += (ulong)(capacities[_tied[k]] - _load[_tied[k]]);
                if (point < cumulative)
                {
                    winner = _tied[k];
                    break;
                }
            }

            for (var k = 0; k < tiedCount; k++)
            {
                if (_tied[k] != winner)
                {
                    _reasons[_tied[k]] = Reason(RejectionReason.LostTieBreak);
                }
            }

            Code(RoutingReasonCode.TieBreak);
            return winner;
        }

        /// <summary>
        /// Records the rejected agents of the last evaluated target in id order until the cap is reached,
        /// and counts the rest as omitted. Pool agents that were never checked get their static reason.
        /// </summary>
        private void RecordAgents(RoutingTargetKind kind, bool picked)
        {
            var total = _considered - (picked ? 1 : 0);
            var recorded = 0;
            var max = _options.MaxAlternatives;
            for (var i = 0; i < _capacity.Count && _alternativeCount < max && recorded < total; i++)
            {
                var reason = _reasons[i];
                if (reason == Picked || (reason == NotCandidate && kind != RoutingTargetKind.AgentPool))
                {
                    continue;
                }

                var rejection = reason == NotCandidate ? StaticReason(i) : (RejectionReason)(reason - 1);
                _alternatives[_alternativeCount++] = new RoutingAlternative(AlternativeKind.Agent, _capacity.Ids[i], rejection);
                recorded++;
            }

            _omitted += total - recorded;
        }

        /// <summary>
        /// Why a pool skipped an agent without visiting it: no skill, not online, or (an online agent with the
        /// skill) no room overall, no room on the ticket's channel, or else off shift, as
        /// <see cref="CheckCapacityAndShift"/> would say for an agent that is not the current assignee (which the
        /// pool always checks in full).
        /// </summary>
        private readonly RejectionReason StaticReason(int i) =>
            _poolSkill == -2 || (_poolSkill >= 0 && !_capacity.HasSkill(i, _poolSkill)) ? RejectionReason.LacksSkill
            : _capacity.Status[i] == AgentStatus.Offline ? RejectionReason.Offline
            : _capacity.Status[i] == AgentStatus.Away ? RejectionReason.Away
            : _capacity.Capacity[i] == 0 || _load[i] >= _capacity.Capacity[i] ? RejectionReason.AtCapacity
            : (_channelRoom[(_channel * _capacity.Words) + (i >> 6)] & (1UL << (i & 63))) == 0 ? RejectionReason.ChannelAtCapacity
            : RejectionReason.OffShift;

        /// <summary>
        /// SHA-256 over: ticket canonical bytes (zero-padded to whole blocks, resumed from the ticket's
        /// midstate), snapshot fingerprint, on-shift bitmap, on-call indexes, cooldown flag, override flag
        /// and the active override's canonical bytes (docs/routing-engine.md, "Inputs hash").
        /// </summary>
        private void EnsureHash()
        {
            if (_hashed)
            {
                return;
            }

            var overrideBytes = _override?.Canonical ?? [];
            var length = _fingerprint.Length + _shiftBits.Length + 4 + 4 + 1 + 1 + overrideBytes.Length;
            byte[]? rented = null;
            var buffer = length <= 1024 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
            _fingerprint.CopyTo(buffer);
            var offset = _fingerprint.Length;
            _shiftBits.CopyTo(buffer[offset..]);
            offset += _shiftBits.Length;
            BinaryPrimitives.WriteInt32BigEndian(buffer[offset..], _onCallPrimary);
            BinaryPrimitives.WriteInt32BigEndian(buffer[(offset + 4)..], _onCallSecondary);
            offset += 8;
            buffer[offset++] = _cooldownActive ? (byte)1 : (byte)0;
            buffer[offset++] = _override is null ? (byte)0 : (byte)1;
            overrideBytes.CopyTo(buffer[offset..]);
            Span<uint> state = stackalloc uint[8];
            _ticket.Midstate.CopyTo(state);
            Sha256.Finish(state, buffer, _ticket.Canonical.Length, _hash);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            _hashed = true;
        }

        private void Code(RoutingReasonCode code)
        {
            if (_codeCount < _codes.Length)
            {
                _codes[_codeCount++] = code;
            }
        }

        private void Alternative(RoutingAlternative alternative)
        {
            if (_alternativeCount < _options.MaxAlternatives)
            {
                _alternatives[_alternativeCount++] = alternative;
            }
            else
            {
                _omitted++;
            }
        }

        private static byte Reason(RejectionReason reason) => (byte)((int)reason + 1);
    }
}
