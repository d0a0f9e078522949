using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Evaluation;

/// <summary>
/// Turns a ticket's occurrences into its SLA state at an instant: a pure, deterministic function of
/// the policy set, the calendars, the occurrences and <c>now</c>.
/// </summary>
/// <remarks>
/// <para>
/// The rules (when timers start, pause, resume, stop and restart; how priority changes re-target
/// running cycles; how due instants, warnings and breaches are computed) are in
/// <c>docs/sla-policies-and-timers.md</c>. Calendar names used by the policies are checked against
/// the calendar set when the evaluator is constructed.
/// </para>
/// <para>
/// The evaluator is immutable and thread-safe; one instance serves a whole application. An
/// evaluation makes one pass over the occurrences, asks the calendars only when a cycle pauses, ends,
/// is re-targeted or is summed up, and allocates only the returned state.
/// </para>
/// </remarks>
public sealed class SlaEvaluator
{
    private const int KindCount = 4;
    private const int PriorityCount = 4;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly SlaPolicy[] _policies;
    private readonly IBusinessCalendar[] _calendars;
    private readonly string?[] _calendarNames;
    private readonly SlaTimerDefinition?[] _definitions;
    private readonly WarningPlan?[] _warningPlans;

    /// <summary>Initializes an evaluator for a policy set and the calendars its policies name.</summary>
    /// <param name="policies">The policy set; must not be null.</param>
    /// <param name="calendars">The calendars; must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A policy or timer names a calendar that <paramref name="calendars"/> does not have; the message
    /// names the policy, the field and the calendar name.
    /// </exception>
    public SlaEvaluator(SlaPolicySet policies, SlaCalendarSet calendars)
    {
        Policies = Guard.NotNull(policies);
        Calendars = Guard.NotNull(calendars);
        _policies = [.. policies.All];
        _calendars = new IBusinessCalendar[_policies.Length * KindCount];
        _calendarNames = new string?[_policies.Length * KindCount];
        _definitions = new SlaTimerDefinition?[_policies.Length * KindCount];
        _warningPlans = new WarningPlan?[_policies.Length * KindCount * PriorityCount];
        for (var p = 0; p < _policies.Length; p++)
        {
            var policy = _policies[p];
            if (policy.CalendarName is { } policyCalendar && !calendars.TryGet(policyCalendar, out _))
            {
                throw new ArgumentException(
                    $"Policy '{policy.Id}' field calendar names the unknown calendar '{policyCalendar}'; known calendars: {calendars.KnownNames()}.",
                    nameof(calendars));
            }

            foreach (var timer in policy.Timers)
            {
                var slot = (p * KindCount) + (int)timer.Kind;
                _definitions[slot] = timer;
                for (var priority = 0; priority < PriorityCount; priority++)
                {
                    _warningPlans[(slot * PriorityCount) + priority] = WarningPlan.For(timer.Warnings, timer.TargetFor((Priority)priority));
                }

                if (timer.CalendarName is { } timerCalendar && !calendars.TryGet(timerCalendar, out _))
                {
                    throw new ArgumentException(
                        $"Policy '{policy.Id}' timer {WireNames.Of(timer.Kind)} field calendar names the unknown calendar '{timerCalendar}'; known calendars: {calendars.KnownNames()}.",
                        nameof(calendars));
                }

                if (timer.Mode == SlaTimeMode.Calendar)
                {
                    _calendars[slot] = CalendarHours.Instance;
                    continue;
                }

                var name = timer.CalendarName ?? policy.CalendarName;
                _calendars[slot] = name is null ? calendars.Default : calendars.Get(name);
                _calendarNames[slot] = name ?? calendars.DefaultName;
            }
        }
    }

    /// <summary>Gets the policy set.</summary>
    public SlaPolicySet Policies { get; }

    /// <summary>Gets the calendars.</summary>
    public SlaCalendarSet Calendars { get; }

    /// <summary>Evaluates a ticket's occurrences at the clock's current instant.</summary>
    /// <param name="occurrences">The ticket's occurrences in time order, starting with its <see cref="TicketCreated"/>; must not be null.</param>
    /// <param name="clock">The clock that gives the evaluation instant; must not be null.</param>
    /// <returns>The ticket's SLA state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/>, one of its items or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The occurrences are invalid; see <see cref="Evaluate(ReadOnlySpan{TicketOccurrence}, Instant)"/>.</exception>
    public TicketSlaState Evaluate(IReadOnlyList<TicketOccurrence> occurrences, IClock clock) =>
        Evaluate(occurrences, Guard.NotNull(clock).GetCurrentInstant());

    /// <summary>Evaluates a ticket's occurrences at an instant.</summary>
    /// <param name="occurrences">The ticket's occurrences in time order, starting with its <see cref="TicketCreated"/>; must not be null.</param>
    /// <param name="now">The evaluation instant; not before the last occurrence.</param>
    /// <returns>The ticket's SLA state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The occurrences are invalid; see <see cref="Evaluate(ReadOnlySpan{TicketOccurrence}, Instant)"/>.</exception>
    public TicketSlaState Evaluate(IReadOnlyList<TicketOccurrence> occurrences, Instant now)
    {
        Guard.NotNull(occurrences);
        return occurrences switch
        {
            TicketOccurrence[] array => Evaluate(array.AsSpan(), now),
            ImmutableArray<TicketOccurrence> immutable => Evaluate(immutable.AsSpan(), now),
            List<TicketOccurrence> list => Evaluate(CollectionsMarshal.AsSpan(list), now),
            _ => Evaluate(occurrences.ToArray().AsSpan(), now),
        };
    }

    /// <summary>Evaluates a ticket's occurrences at an instant.</summary>
    /// <param name="occurrences">The ticket's occurrences in time order, starting with its <see cref="TicketCreated"/>.</param>
    /// <param name="now">The evaluation instant; not before the last occurrence.</param>
    /// <returns>The ticket's SLA state.</returns>
    /// <exception cref="ArgumentNullException">An occurrence is null; the message gives its index.</exception>
    /// <exception cref="ArgumentException">
    /// The occurrences are empty or do not start with <see cref="TicketCreated"/>; a second
    /// <see cref="TicketCreated"/> appears; an occurrence is earlier than the one before it (or than the
    /// creation); <paramref name="now"/> is before the last occurrence; a status, priority, tier or
    /// channel is not a defined value; a closed ticket changes status; or a ticket that is not solved is
    /// reopened. Each message names the occurrence's index, the field and the value.
    /// </exception>
    public TicketSlaState Evaluate(ReadOnlySpan<TicketOccurrence> occurrences, Instant now)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset();
        var run = new Run(this, scratch);
        run.Replay(occurrences, now);
        return run.Finish(now);
    }

    private static ArgumentException Invalid(string message) => new(message, "occurrences");

    private static string At(int index) => "occurrences[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Mutable bookkeeping of one cycle while the occurrences are replayed.</summary>
    private struct Cycle
    {
        public SlaTimerKind Kind;
        public int Number;
        // Slots (policy index × 4 + kind) into the evaluator's tables rather than references, so
        // that the bookkeeping is free of GC write barriers. DefinitionSlot follows re-targeting (the
        // definition and policy id that apply); CalendarSlot stays the one the cycle started with.
        public int DefinitionSlot;
        public int CalendarSlot;
        public Priority Priority;
        public Duration Target;
        public Duration OriginalTarget;
        public Instant Start;
        public Instant RunningSince;
        public Duration ClosedElapsed;
        public SlaCycleStatus Status;
        public Instant PausedAt;
        public Instant EndedAt;
        public bool EndedBySolve;

        // StoppedAt: when the cycle last stopped running. Interrupted: it has run again after a stop
        // of some length, so its due instant and its original due instant can differ.
        public Instant StoppedAt;
        public bool Interrupted;
        public int ReasonCount;
        public int FirstReason;
        public int LastReason;
        public int FirstSegment;
        public int LastSegment;
    }

    /// <summary>A stretch of time during which a cycle ran, with its business length.</summary>
    private struct Segment
    {
        public int Next;
        public Instant From;
        public Duration Length;
    }

    /// <summary>A reason, linked to the next reason of the same cycle (or -1).</summary>
    private struct ReasonEntry
    {
        public int Next;
        public SlaReason Reason;
    }

    /// <summary>Per-thread buffers reused by evaluations so that only the result is allocated.</summary>
    private sealed class Scratch
    {
        public Cycle[] Cycles = new Cycle[16];
        public int CycleCount;
        public Segment[] Segments = new Segment[32];
        public int SegmentCount;
        public ReasonEntry[] Reasons = new ReasonEntry[64];
        public int ReasonCount;

        // The last Between asked, reused when another cycle on the same calendar asks the same
        // (first response and resolution often close or sum up the same stretch).
        public IBusinessCalendar? LastCalendar;
        public Instant LastFrom;
        public Instant LastTo;
        public Duration LastLength;

        // Open[k]: index of kind k's running or paused cycle, or -1; Last[k]: its latest cycle, or -1.
        public int[] Open = new int[KindCount];
        public int[] Last = new int[KindCount];

        // KindCounts[k]: the number of cycles of kind k, counted when the result is built.
        public int[] KindCounts = new int[KindCount];

        public void Reset()
        {
            LastCalendar = null;
            Array.Fill(Open, -1);
            Array.Fill(Last, -1);
            CycleCount = 0;
            SegmentCount = 0;
            ReasonCount = 0;
        }
    }

    /// <summary>One evaluation: the ticket's replayed state and the scratch buffers.</summary>
    private struct Run
    {
        private readonly SlaEvaluator _evaluator;
        private readonly Scratch _scratch;
        private readonly int[] _open;
        private readonly int[] _last;
        private int _policyIndex;
        private Priority _priority;
        private CustomerTier _tier;
        private Channel _channel;
        private ImmutableArray<string> _tags;
        private TicketStatus _status;
        private bool _agentReplied;
        private bool _hasUnanswered;
        private int _startedOnce;

        public Run(SlaEvaluator evaluator, Scratch scratch)
        {
            _evaluator = evaluator;
            _scratch = scratch;
            _open = scratch.Open;
            _last = scratch.Last;
        }

        public void Replay(ReadOnlySpan<TicketOccurrence> occurrences, Instant now)
        {
            if (occurrences.IsEmpty)
            {
                throw Invalid("occurrences must start with a TicketCreated, but there are none.");
            }

            var previous = Instant.MinValue;
            for (var i = 0; i < occurrences.Length; i++)
            {
                var occurrence = occurrences[i] ?? throw new ArgumentNullException("occurrences", $"{At(i)} is null.");
                var at = occurrence.At;
                if (at < previous)
                {
                    throw Invalid(i > 0 && occurrences[0] is TicketCreated created && at < created.At
                        ? $"{At(i)}.At is {at}, before the ticket's creation at {created.At}."
                        : $"{At(i)}.At is {at}, before {At(i - 1)}.At {previous}; occurrences must be in time order.");
                }

                previous = at;
                if (i == 0)
                {
                    Create(occurrence as TicketCreated
                        ?? throw Invalid($"{At(0)} must be a TicketCreated, but is a {occurrence.GetType().Name}."));
                    continue;
                }

                switch (occurrence)
                {
                    case CustomerMessageReceived:
                        CustomerMessage(at);
                        break;
                    case AgentReplied:
                        AgentReply(at);
                        break;
                    case InternalNoteAdded:
                        break;
                    case StatusChanged change:
                        ChangeStatus(i, at, change.Status);
                        break;
                    case PriorityChanged change:
                        ChangePriority(i, at, change.Priority);
                        break;
                    case TicketReopened:
                        if (_status != TicketStatus.Solved)
                        {
                            throw Invalid($"{At(i)} reopens the ticket, but its status is {WireNames.Of(_status)}; only a solved ticket can reopen.");
                        }

                        _status = TicketStatus.Open;
                        Reopen(at);
                        break;
                    case TicketCreated:
                        throw Invalid($"{At(i)} is a second TicketCreated (at {at}); a ticket is created once.");
                    default:
                        throw Invalid($"{At(i)} is an unsupported occurrence {occurrence.GetType().Name}.");
                }
            }

            if (now < previous)
            {
                throw new ArgumentException($"now is {now}, before the last occurrence at {previous}.", nameof(now));
            }
        }

        public readonly TicketSlaState Finish(Instant now)
        {
            var scratch = _scratch;
            var cycles = scratch.Cycles;
            var policy = _evaluator._policies[_policyIndex];
            var timerCount = 0;

            // A scratch array rather than stackalloc: methods with stackalloc are not re-jitted with
            // profile-guided optimization (tier 1), which costs more than the array access.
            var counts = scratch.KindCounts;
            Array.Clear(counts);
            for (var c = 0; c < scratch.CycleCount; c++)
            {
                counts[(int)cycles[c].Kind]++;
            }

            for (var k = 0; k < KindCount; k++)
            {
                if (counts[k] > 0 || policy.Timer((SlaTimerKind)k) is not null)
                {
                    timerCount++;
                }
            }

            var timers = new SlaTimerState[timerCount];
            SlaTimerCycle? soonest = null;
            var everBreached = false;
            var t = 0;
            for (var k = 0; k < KindCount; k++)
            {
                if (counts[k] == 0 && policy.Timer((SlaTimerKind)k) is null)
                {
                    continue;
                }

                var results = counts[k] == 0 ? [] : new SlaTimerCycle[counts[k]];
                var r = 0;
                for (var c = 0; c < scratch.CycleCount; c++)
                {
                    if ((int)cycles[c].Kind != k)
                    {
                        continue;
                    }

                    var result = Summarize(c, now);
                    results[r++] = result;
                    everBreached |= result.IsBreached;
                    if (result.Status == SlaCycleStatus.Running && (soonest is null || result.Due < soonest.Due))
                    {
                        soonest = result;
                    }
                }

                timers[t++] = new SlaTimerState((SlaTimerKind)k, ImmutableCollectionsMarshal.AsImmutableArray(results));
            }

            return new TicketSlaState(
                now,
                policy.Id,
                _priority,
                _status,
                ImmutableCollectionsMarshal.AsImmutableArray(timers),
                soonest,
                everBreached);
        }

        private void Create(TicketCreated created)
        {
            _priority = (uint)created.Priority <= (uint)Priority.P3 ? created.Priority : throw Unknown("Priority", created.Priority);
            _tier = (uint)created.Tier <= (uint)CustomerTier.Enterprise ? created.Tier : throw Unknown("Tier", created.Tier);
            _channel = (uint)created.Channel <= (uint)Channel.Api ? created.Channel : throw Unknown("Channel", created.Channel);
            _tags = created.Tags;
            _status = TicketStatus.New;
            _policyIndex = _evaluator.Policies.SelectIndex(_priority, _tier, _channel, _tags);
            var policy = _evaluator._policies[_policyIndex];
            foreach (var timer in policy.Timers)
            {
                if (timer.Rules.Start == SlaStartTrigger.TicketCreated)
                {
                    StartCycle(timer.Kind, created.At, SlaReasonKind.StartedAtCreation);
                }
            }

            static ArgumentException Unknown<T>(string field, T value)
                where T : struct, Enum =>
                Invalid($"{At(0)}.{field} has the unknown value {value}.");
        }

        private void CustomerMessage(Instant at)
        {
            var firstUnanswered = !_hasUnanswered;
            _hasUnanswered = true;
            if (IsSolved(_status))
            {
                return;
            }

            foreach (var timer in _evaluator._policies[_policyIndex].Timers)
            {
                var kind = (int)timer.Kind;
                var start = timer.Rules.Start;
                if ((start == SlaStartTrigger.FirstCustomerMessage && (_startedOnce & (1 << kind)) == 0)
                    || (start == SlaStartTrigger.UnansweredCustomerMessage && _agentReplied && firstUnanswered && _open[kind] < 0))
                {
                    StartCycle(timer.Kind, at, SlaReasonKind.StartedAtCustomerMessage);
                }
            }
        }

        private void AgentReply(Instant at)
        {
            _agentReplied = true;
            _hasUnanswered = false;
            var cycles = _scratch.Cycles;
            for (var k = 0; k < KindCount; k++)
            {
                var c = _open[k];
                if (c >= 0 && _evaluator._definitions[cycles[c].DefinitionSlot]!.Rules.StopsOnAgentReply)
                {
                    End(c, at, SlaCycleStatus.Fulfilled, SlaReasonKind.FulfilledByAgentReply);
                }
            }

            if (IsSolved(_status))
            {
                return;
            }

            foreach (var timer in _evaluator._policies[_policyIndex].Timers)
            {
                if (timer.Rules.Start == SlaStartTrigger.PublicAgentReply && _open[(int)timer.Kind] < 0)
                {
                    StartCycle(timer.Kind, at, SlaReasonKind.StartedAtAgentReply);
                }
            }
        }

        private void ChangeStatus(int index, Instant at, TicketStatus status)
        {
            if ((uint)status > (uint)TicketStatus.Closed)
            {
                throw Invalid($"{At(index)}.Status has the unknown value {status}.");
            }

            var old = _status;
            if (status == old)
            {
                return;
            }

            if (old == TicketStatus.Closed)
            {
                throw Invalid($"{At(index)} changes the status to {WireNames.Of(status)}, but the ticket is closed; a closed ticket cannot change.");
            }

            _status = status;
            var cycles = _scratch.Cycles;
            if (IsSolved(status))
            {
                for (var k = 0; k < KindCount; k++)
                {
                    if (_open[k] >= 0)
                    {
                        var c = _open[k];
                        End(c, at, SlaCycleStatus.Fulfilled, SlaReasonKind.FulfilledBySolved);
                        cycles[c].EndedBySolve = true;
                    }
                }

                return;
            }

            if (old == TicketStatus.Solved)
            {
                Reopen(at);
                return;
            }

            for (var k = 0; k < KindCount; k++)
            {
                var c = _open[k];
                if (c < 0)
                {
                    continue;
                }

                var pauses = _evaluator._definitions[cycles[c].DefinitionSlot]!.Rules.PausesIn(status);
                if (pauses && cycles[c].Status == SlaCycleStatus.Running)
                {
                    Pause(c, at);
                }
                else if (!pauses && cycles[c].Status == SlaCycleStatus.Paused)
                {
                    Resume(c, at, SlaReasonKind.Resumed);
                }
            }
        }

        private void ChangePriority(int index, Instant at, Priority priority)
        {
            if ((uint)priority > (uint)Priority.P3)
            {
                throw Invalid($"{At(index)}.Priority has the unknown value {priority}.");
            }

            if (priority == _priority)
            {
                return;
            }

            _priority = priority;
            _policyIndex = _evaluator.Policies.SelectIndex(priority, _tier, _channel, _tags);
            var policy = _evaluator._policies[_policyIndex];
            var cycles = _scratch.Cycles;
            for (var k = 0; k < KindCount; k++)
            {
                var c = _open[k];
                if (c < 0)
                {
                    continue;
                }

                ref var cycle = ref cycles[c];
                var definition = policy.Timer((SlaTimerKind)k);
                var target = definition?.TargetFor(priority);
                if (definition is null || target is null)
                {
                    End(c, at, SlaCycleStatus.Cancelled, SlaReasonKind.Cancelled);
                    continue;
                }

                var elapsed = cycle.ClosedElapsed;
                if (cycle.Status == SlaCycleStatus.Running && at > cycle.RunningSince)
                {
                    elapsed += Between(_scratch, _evaluator._calendars[cycle.CalendarSlot], cycle.RunningSince, at);
                }

                if (elapsed >= cycle.Target)
                {
                    AddReason(c, at, SlaReasonKind.RetargetIgnoredAlreadyBreached);
                    continue;
                }

                cycle.DefinitionSlot = (_policyIndex * KindCount) + k;
                cycle.Priority = priority;
                cycle.Target = target.Value;
                AddReason(c, at, SlaReasonKind.Retargeted);
            }
        }

        private void Reopen(Instant at)
        {
            var cycles = _scratch.Cycles;
            foreach (var timer in _evaluator._policies[_policyIndex].Timers)
            {
                var kind = (int)timer.Kind;
                var rules = timer.Rules;
                var last = _last[kind];
                if (rules.OnReopen == SlaReopenBehavior.ResumeCycle && last >= 0 && cycles[last].EndedBySolve)
                {
                    ref var cycle = ref cycles[last];
                    cycle.EndedBySolve = false;
                    _open[kind] = last;
                    if (_evaluator._definitions[cycle.DefinitionSlot]!.Rules.PausesIn(_status))
                    {
                        cycle.Status = SlaCycleStatus.Paused;
                        cycle.PausedAt = at;
                        AddReason(last, at, SlaReasonKind.ResumedAtReopen);
                        AddReason(last, at, SlaReasonKind.Paused);
                    }
                    else
                    {
                        Resume(last, at, SlaReasonKind.ResumedAtReopen);
                    }
                }
                else if (rules.OnReopen == SlaReopenBehavior.NewCycle)
                {
                    StartCycle(timer.Kind, at, SlaReasonKind.StartedAtReopen);
                }
                else if (rules.Start == SlaStartTrigger.UnansweredCustomerMessage && _hasUnanswered && _agentReplied && _open[kind] < 0)
                {
                    StartCycle(timer.Kind, at, SlaReasonKind.StartedAtReopen);
                }
            }
        }

        private void StartCycle(SlaTimerKind kind, Instant at, SlaReasonKind reason)
        {
            var policy = _evaluator._policies[_policyIndex];
            var definition = policy.Timer(kind)!;
            if (definition.TargetFor(_priority) is not { } target)
            {
                return;
            }

            var scratch = _scratch;
            if (scratch.CycleCount == scratch.Cycles.Length)
            {
                Array.Resize(ref scratch.Cycles, scratch.Cycles.Length * 2);
            }

            var k = (int)kind;
            var slot = (_policyIndex * KindCount) + k;
            var c = scratch.CycleCount++;
            var number = _last[k] < 0 ? 1 : scratch.Cycles[_last[k]].Number + 1;
            scratch.Cycles[c] = new Cycle
            {
                Kind = kind,
                Number = number,
                FirstReason = -1,
                LastReason = -1,
                FirstSegment = -1,
                LastSegment = -1,
                DefinitionSlot = slot,
                CalendarSlot = slot,
                Priority = _priority,
                Target = target,
                OriginalTarget = target,
                Start = at,
                RunningSince = at,
                Status = SlaCycleStatus.Running,
            };
            _open[k] = c;
            _last[k] = c;
            _startedOnce |= 1 << k;
            AddReason(c, at, reason);
            if (definition.Rules.PausesIn(_status))
            {
                Pause(c, at);
            }
        }

        private readonly void Pause(int c, Instant at)
        {
            CloseSegment(c, at);
            ref var cycle = ref _scratch.Cycles[c];
            cycle.Status = SlaCycleStatus.Paused;
            cycle.PausedAt = at;
            cycle.StoppedAt = at;
            AddReason(c, at, SlaReasonKind.Paused);
        }

        private readonly void Resume(int c, Instant at, SlaReasonKind reason)
        {
            ref var cycle = ref _scratch.Cycles[c];
            cycle.Interrupted |= at > cycle.StoppedAt;
            cycle.Status = SlaCycleStatus.Running;
            cycle.RunningSince = at;
            AddReason(c, at, reason);
        }

        private readonly void End(int c, Instant at, SlaCycleStatus status, SlaReasonKind reason)
        {
            ref var cycle = ref _scratch.Cycles[c];
            if (cycle.Status == SlaCycleStatus.Running)
            {
                CloseSegment(c, at);
                cycle.StoppedAt = at;
            }

            cycle.Status = status;
            cycle.EndedAt = at;
            _open[(int)cycle.Kind] = -1;
            AddReason(c, at, reason);
        }

        private readonly void CloseSegment(int c, Instant at)
        {
            ref var cycle = ref _scratch.Cycles[c];
            if (at <= cycle.RunningSince)
            {
                return;
            }

            var scratch = _scratch;
            var length = Between(scratch, _evaluator._calendars[cycle.CalendarSlot], cycle.RunningSince, at);
            if (scratch.SegmentCount == scratch.Segments.Length)
            {
                Array.Resize(ref scratch.Segments, scratch.Segments.Length * 2);
            }

            var index = scratch.SegmentCount++;
            scratch.Segments[index] = new Segment { Next = -1, From = cycle.RunningSince, Length = length };
            if (cycle.FirstSegment < 0)
            {
                cycle.FirstSegment = index;
            }
            else
            {
                scratch.Segments[cycle.LastSegment].Next = index;
            }

            cycle.LastSegment = index;
            cycle.ClosedElapsed += length;
        }

        private readonly void AddReason(int c, Instant at, SlaReasonKind kind)
        {
            var scratch = _scratch;
            if (scratch.ReasonCount == scratch.Reasons.Length)
            {
                Array.Resize(ref scratch.Reasons, scratch.Reasons.Length * 2);
            }

            ref var cycle = ref scratch.Cycles[c];
            var index = scratch.ReasonCount++;
            scratch.Reasons[index] = new ReasonEntry
            {
                Next = -1,
                Reason = new SlaReason(at, kind, _status, _priority, cycle.Target),
            };
            if (cycle.FirstReason < 0)
            {
                cycle.FirstReason = index;
            }
            else
            {
                scratch.Reasons[cycle.LastReason].Next = index;
            }

            cycle.LastReason = index;
            cycle.ReasonCount++;
        }

        private readonly SlaTimerCycle Summarize(int c, Instant now)
        {
            var scratch = _scratch;
            ref var cycle = ref scratch.Cycles[c];
            var calendar = _evaluator._calendars[cycle.CalendarSlot];
            var definition = _evaluator._definitions[cycle.DefinitionSlot]!;
            var running = cycle.Status == SlaCycleStatus.Running;
            var openLength = running && now > cycle.RunningSince ? Between(scratch, calendar, cycle.RunningSince, now) : Duration.Zero;
            var elapsed = cycle.ClosedElapsed + openLength;
            var target = cycle.Target;

            // Breached: the due instant is the instant the target was reached, which is the breach instant.
            var breached = elapsed >= target;

            // Counted from the instant the cycle last ran, the due instant is the original one unless
            // the cycle stopped for a while or was re-targeted (Add(b, d - Between(a, b)) == Add(a, d)).
            Instant due;
            bool ranWithoutBreak;
            if (breached)
            {
                due = Locate(c, target, running, openLength);
                ranWithoutBreak = !cycle.Interrupted;
            }
            else
            {
                var reference = cycle.Status switch
                {
                    SlaCycleStatus.Running => now,
                    SlaCycleStatus.Paused => now,
                    _ => cycle.EndedAt,
                };
                due = calendar.Add(reference, target - elapsed);
                ranWithoutBreak = !cycle.Interrupted && (running || reference == cycle.StoppedAt);
            }

            var originalDue = ranWithoutBreak && target == cycle.OriginalTarget ? due : calendar.Add(cycle.Start, cycle.OriginalTarget);

            var warnings = ImmutableArray<SlaWarning>.Empty;
            if (_evaluator._warningPlans[(cycle.DefinitionSlot * PriorityCount) + (int)cycle.Priority] is { } plan)
            {
                var amounts = plan.Amounts;
                var reachedCount = 0;
                while (reachedCount < amounts.Length && amounts[reachedCount] <= elapsed)
                {
                    reachedCount++;
                }

                if (reachedCount > 0)
                {
                    var reached = new SlaWarning[reachedCount];
                    for (var i = 0; i < reached.Length; i++)
                    {
                        reached[i] = new SlaWarning(plan.Thresholds[i], Locate(c, amounts[i], running, openLength));
                    }

                    warnings = ImmutableCollectionsMarshal.AsImmutableArray(reached);
                }
            }

            // The reasons go straight from the scratch list into the result, so that no new array is
            // ever stored into the long-lived scratch buffers (which would cost a GC card mark).
            var reasons = new SlaReason[cycle.ReasonCount];
            for (int i = cycle.FirstReason, r = 0; i >= 0; i = scratch.Reasons[i].Next)
            {
                reasons[r++] = scratch.Reasons[i].Reason;
            }

            return new SlaTimerCycle(
                cycle.Kind,
                cycle.Number,
                _evaluator._policies[cycle.DefinitionSlot / KindCount].Id,
                cycle.Priority,
                definition.Mode,
                _evaluator._calendarNames[cycle.CalendarSlot],
                target,
                cycle.OriginalTarget,
                cycle.Start,
                due,
                originalDue,
                elapsed,
                cycle.Status,
                cycle.Status == SlaCycleStatus.Paused ? cycle.PausedAt : cycle.EndedAt,
                breached,
                warnings,
                ImmutableCollectionsMarshal.AsImmutableArray(reasons));
        }

        /// <summary>Returns the instant at which the cycle's running business time reached <paramref name="amount"/> (at most its elapsed time).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly Instant Locate(int c, Duration amount, bool running, Duration openLength)
        {
            var scratch = _scratch;
            ref var cycle = ref scratch.Cycles[c];
            var calendar = _evaluator._calendars[cycle.CalendarSlot];
            if (amount <= Duration.Zero)
            {
                return cycle.Start;
            }

            var before = Duration.Zero;
            for (var i = cycle.FirstSegment; i >= 0; i = scratch.Segments[i].Next)
            {
                ref var segment = ref scratch.Segments[i];
                if (amount <= before + segment.Length)
                {
                    return calendar.Add(segment.From, amount - before);
                }

                before += segment.Length;
            }

            // The amount lies in the open segment that is still running at the evaluation instant.
            return running && amount <= before + openLength
                ? calendar.Add(cycle.RunningSince, amount - before)
                : throw BeyondElapsed();
        }

        private static Duration Between(Scratch scratch, IBusinessCalendar calendar, Instant from, Instant to)
        {
            if (ReferenceEquals(calendar, scratch.LastCalendar) && from == scratch.LastFrom && to == scratch.LastTo)
            {
                return scratch.LastLength;
            }

            var length = calendar.Between(from, to);
            scratch.LastCalendar = calendar;
            scratch.LastFrom = from;
            scratch.LastTo = to;
            scratch.LastLength = length;
            return length;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException BeyondElapsed() => new("Internal error: the amount lies beyond the cycle's elapsed time.");

        private static bool IsSolved(TicketStatus status) => status is TicketStatus.Solved or TicketStatus.Closed;
    }
}
