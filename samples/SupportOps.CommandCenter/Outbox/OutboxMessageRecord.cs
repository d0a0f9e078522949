namespace SupportOps.CommandCenter.Outbox;

/// <summary>One notification waiting to be sent, being sent, sent or dead: a row of the <c>OutboxMessages</c> table.</summary>
/// <remarks>
/// <para><see cref="MessageKey"/> is unique: enqueueing a key twice stores it once, which is what makes
/// "never sent twice" hold across retries of the jobs that enqueue. A row is sent by the instance whose
/// <see cref="ClaimToken"/> it carries; a claim that outlives <see cref="ClaimExpiresAtTicks"/> (its
/// instance died) is taken over.</para>
/// </remarks>
public sealed class OutboxMessageRecord
{
    /// <summary>Gets or sets the surrogate key (enqueue order).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the idempotency key, unique.</summary>
    public required string MessageKey { get; set; }

    /// <summary>Gets or sets what caused it (<see cref="OutboxKinds"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>Gets or sets the channel wire name (<c>slack</c> or <c>email</c>).</summary>
    public required string Channel { get; set; }

    /// <summary>Gets or sets the recipient (an address or a Slack channel).</summary>
    public required string Recipient { get; set; }

    /// <summary>Gets or sets the subject.</summary>
    public required string Subject { get; set; }

    /// <summary>Gets or sets the body.</summary>
    public required string Body { get; set; }

    /// <summary>Gets or sets the ticket it is about, if any.</summary>
    public string? TicketId { get; set; }

    /// <summary>Gets or sets the state (<see cref="OutboxStatus"/>).</summary>
    public required string Status { get; set; }

    /// <summary>Gets or sets the number of delivery attempts made.</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets when it was enqueued, as Unix ticks.</summary>
    public long CreatedAtTicks { get; set; }

    /// <summary>Gets or sets the earliest instant of the next attempt, as Unix ticks (business hours, backoff).</summary>
    public long NotBeforeTicks { get; set; }

    /// <summary>Gets or sets the claim of the instance sending it, or null.</summary>
    public string? ClaimToken { get; set; }

    /// <summary>Gets or sets when the claim expires, as Unix ticks (0 when unclaimed).</summary>
    public long ClaimExpiresAtTicks { get; set; }

    /// <summary>Gets or sets when it was sent, as Unix ticks, or null.</summary>
    public long? SentAtTicks { get; set; }

    /// <summary>Gets or sets the last delivery error, or null.</summary>
    public string? LastError { get; set; }
}
