namespace SupportOps.EventTimeline.Storage;

/// <summary>
/// An append expected a stream version that the stream is no longer (or not yet) at. Nothing was written.
/// </summary>
/// <remarks>
/// <para>Read the stream again, decide again and retry with the new version. A batch made only of
/// duplicates never raises this exception, so redelivery always succeeds.</para>
/// </remarks>
public sealed class EventStreamConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ticketId">The ticket whose stream was appended to.</param>
    /// <param name="expectedVersion">The version the append expected.</param>
    /// <param name="actualVersion">The version the stream was at.</param>
    public EventStreamConcurrencyException(string ticketId, ExpectedVersion expectedVersion, long actualVersion)
        : base($"Ticket stream '{ticketId}' is at version {actualVersion}, but the append expected version {expectedVersion}; nothing was written.")
    {
        TicketId = ticketId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the ticket whose stream was appended to.</summary>
    public string TicketId { get; }

    /// <summary>Gets the version the append expected.</summary>
    public ExpectedVersion ExpectedVersion { get; }

    /// <summary>Gets the version the stream was at.</summary>
    public long ActualVersion { get; }
}
