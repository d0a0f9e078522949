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

    public static RoutingDecision Decide(
        RoutingPolicy policy,
        RoutingTicket ticket,
        CompiledCapacity capacity,
        ReadOnlySpan<byte> fingerprint,
        int[] load,
        int[] channelLoad,
        RoutingOverride? activeOverride,
        Instant now,
        RoutingOptions options,
        out int assigned)
    {
        var n = capacity.Count;
        var zoneCount = capacity.Zones.Length;
        byte[]? rentedBytes = null;
        int[]? rentedInts = null;
        long[]? rentedLongs = null;
        var bitmapLength = (n + 7) >> 3;
        Span<byte> bytes = n + bitmapLength <= StackLimit * 2
            ? stackalloc byte[n + bitmapLength]
            : (rentedBytes = ArrayPool<byte>.Shared.Rent(n + bitmapLength)).AsSpan(0, n + bitmapLength);
        Span<int> tied = n <= StackLimit ? stackalloc int[n] : (rentedInts = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
        Span<long> zoneLocal = zoneCount <= 64 ? stackalloc long[zoneCount] : (rentedLongs = ArrayPool<long>.Shared.Rent(zoneCount)).AsSpan(0, zoneCount);
        Span<byte> hash = stackalloc byte[32];
        Span<RoutingReasonCode> codes = stackalloc RoutingReasonCode[8];
        var alternatives = ArrayPool<RoutingAlternative>.Shared.Rent(Math.Max(1, options.MaxAlternatives));
        try
        {
            bytes.Clear();
            zoneLocal.Fill(-1);
            var context = new Context(
                policy, ticket, capacity, fingerprint, load, channelLoad, activeOverride, now, options,
                bytes[..n], bytes[n..], tied, zoneLocal, hash, codes, alternatives);
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

            if (rentedLongs is not null)
            {
                ArrayPool<long>.Shared.Return(rentedLongs);
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
        private readonly RoutingOverride? _override;
        private readonly Instant _now;
        private readonly RoutingOptions _options;
        private readonly Span<byte> _reasons;
        private readonly Span<byte> _shiftBits;
        private readonly Span<int> _tied;
        private readonly Span<long> _zoneLocal;
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
        private int _onCallPrimary;
        private int _onCallSecondary;

        public Context(
            RoutingPolicy policy,
            RoutingTicket ticket,
            CompiledCapacity capacity,
            ReadOnlySpan<byte> fingerprint,
            int[] load,
            int[] channelLoad,
            RoutingOverride? activeOverride,
            Instant now,
            RoutingOptions options,
            Span<byte> reasons,
            Span<byte> shiftBits,
            Span<int> tied,
            Span<long> zoneLocal,
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
            _override = activeOverride;
            _now = now;
            _options = options;
            _reasons = reasons;
            _shiftBits = shiftBits;
            _tied = tied;
            _zoneLocal = zoneLocal;
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
                        _reasons[picked] = NotCandidate;
                        RecordAgents();
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
                        RecordAgents();
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
            var inputsHash = Convert.ToHexStringLower(_hash);
            return new RoutingDecision(
                DecisionId(_ticket.Id, _policy.Version, inputsHash),
                _ticket.Id,
                _policy.Version,
                inputsHash,
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

        /// <summary>Fills the per-agent reasons for a target and returns the number of eligible agents.</summary>
        private int Evaluate(RoutingTarget target)
        {
            _reasons.Clear();
            var n = _capacity.Count;
            var eligible = 0;
            switch (target.Kind)
            {
                case RoutingTargetKind.AgentPool:
                    var skill = target.Id is null ? -1 : _capacity.SkillIndex.TryGetValue(target.Id, out var s) ? s : -2;
                    for (var i = 0; i < n; i++)
                    {
                        var reason = skill == -2 || (skill >= 0 && !_capacity.HasSkill(i, skill))
                            ? Reason(RejectionReason.LacksSkill)
                            : Check(i, checkShift: true, allowAway: false);
                        _reasons[i] = reason;
                        eligible += reason == Eligible ? 1 : 0;
                    }

                    break;

                case RoutingTargetKind.TeamLead:
                    for (var i = 0; i < n; i++)
                    {
                        if (_capacity.IsTeamLead[i] && string.Equals(_capacity.Team[i], target.Id, StringComparison.Ordinal))
                        {
                            var reason = Check(i, checkShift: true, allowAway: false);
                            _reasons[i] = reason;
                            eligible += reason == Eligible ? 1 : 0;
                        }
                    }

                    break;

                default:
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
                        var reason = Check(index, checkShift: false, allowAway: true);
                        _reasons[index] = reason;
                        eligible = reason == Eligible ? 1 : 0;
                    }
                    else if (agentId is not null)
                    {
                        Alternative(new RoutingAlternative(AlternativeKind.Agent, agentId, RejectionReason.NotInSnapshot));
                    }

                    break;
            }

            return eligible;
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
                if (!_capacity.AlwaysOnShift[i])
                {
                    var zone = _capacity.ZoneIndex[i];
                    var local = _zoneLocal[zone];
                    if (local < 0)
                    {
                        var localTime = _now.InZone(_capacity.Zones[zone]).LocalDateTime;
                        local = ((long)((int)localTime.DayOfWeek - 1) * NodaConstants.NanosecondsPerDay) + localTime.TimeOfDay.NanosecondOfDay;
                        _zoneLocal[zone] = local;
                    }

                    var day = (int)(local / NodaConstants.NanosecondsPerDay);
                    if (!_capacity.OnShift(i, day, local - (day * NodaConstants.NanosecondsPerDay)))
                    {
                        return Reason(RejectionReason.OffShift);
                    }
                }

                _shiftBits[i >> 3] |= (byte)(1 << (i & 7));
            }

            return Eligible;
        }

        /// <summary>Picks among the eligible agents: cooldown keep, else least loaded, else the weighted tie-break.</summary>
        private int Pick()
        {
            var n = _capacity.Count;
            var capacities = _capacity.Capacity;
            if (_cooldownActive && _reasons[_assignee] == Eligible)
            {
                var min = double.MaxValue;
                for (var i = 0; i < n; i++)
                {
                    if (_reasons[i] == Eligible)
                    {
                        min = Math.Min(min, (double)_load[i] / capacities[i]);
                    }
                }

                if (((double)_load[_assignee] / capacities[_assignee]) - min <= _options.Hysteresis)
                {
                    for (var i = 0; i < n; i++)
                    {
                        if (_reasons[i] == Eligible && i != _assignee)
                        {
                            _reasons[i] = Reason(RejectionReason.CooldownKeptAssignee);
                        }
                    }

                    Code(RoutingReasonCode.KeptCurrentAssignee);
                    return _assignee;
                }
            }

            var best = -1;
            for (var i = 0; i < n; i++)
            {
                if (_reasons[i] == Eligible && (best < 0 || ((long)_load[i] * capacities[best]) < ((long)_load[best] * capacities[i])))
                {
                    best = i;
                }
            }

            var tiedCount = 0;
            for (var i = 0; i < n; i++)
            {
                if (_reasons[i] != Eligible)
                {
                    continue;
                }

                if ((long)_load[i] * capacities[best] == (long)_load[best] * capacities[i])
                {
                    _tied[tiedCount++] = i;
                }
                else
                {
                    _reasons[i] = Reason(RejectionReason.NotLeastLoaded);
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

        private void RecordAgents()
        {
            for (var i = 0; i < _capacity.Count; i++)
            {
                var reason = _reasons[i];
                if (reason != NotCandidate && reason != Eligible)
                {
                    Alternative(new RoutingAlternative(AlternativeKind.Agent, _capacity.Ids[i], (RejectionReason)(reason - 1)));
                }
            }
        }

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

        /// <summary>The decision id: ticket id, <c>@</c>, policy version, <c>#</c>, first 16 hex digits of the inputs hash.</summary>
        private static string DecisionId(string ticketId, string version, string inputsHash) =>
            string.Create(ticketId.Length + version.Length + 18, (ticketId, version, inputsHash), static (chars, state) =>
            {
                state.ticketId.CopyTo(chars);
                chars[state.ticketId.Length] = '@';
                state.version.CopyTo(chars[(state.ticketId.Length + 1)..]);
                chars[state.ticketId.Length + state.version.Length + 1] = '#';
                state.inputsHash.AsSpan(0, 16).CopyTo(chars[(state.ticketId.Length + state.version.Length + 2)..]);
            });

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
