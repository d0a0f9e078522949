using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>
/// Something that happened to a ticket and matters to its SLA timers. The evaluator reads a ticket's
/// occurrences in time order, starting with <see cref="TicketCreated"/>.
/// </summary>
/// <remarks>
/// <para>
/// The set of occurrences is closed: <see cref="TicketCreated"/>, <see cref="CustomerMessageReceived"/>,
/// <see cref="AgentReplied"/>, <see cref="InternalNoteAdded"/>, <see cref="StatusChanged"/>,
/// <see cref="PriorityChanged"/> and <see cref="TicketReopened"/>. Instances are immutable.
/// </para>
/// </remarks>
public abstract record TicketOccurrence
{
    private protected TicketOccurrence(Instant at)
    {
        At = at;
    }

    /// <summary>Gets the instant at which it happened.</summary>
    public Instant At { get; init; }
}
