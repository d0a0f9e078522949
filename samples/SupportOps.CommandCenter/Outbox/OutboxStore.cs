using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.Adapters.Outbox;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>Enqueues outbox messages idempotently (by message key) on the command center's database.</summary>
/// <remarks>Scoped, over the job's or request's context. Not thread-safe.</remarks>
/// <param name="db">The context.</param>
public sealed class OutboxStore(CommandCenterDbContext db)
{
    /// <summary>Enqueues the messages whose keys are not in the outbox yet; the others are left as they are.</summary>
    /// <param name="messages">The messages, each with the kind that caused it and the earliest send instant.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number of messages stored (0 when every key was already there).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public async Task<int> EnqueueAsync(IReadOnlyList<(OutboxMessage Message, string Kind, Instant NotBefore)> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return 0;
        }

        var keys = messages.Select(m => m.Message.MessageKey).Distinct(StringComparer.Ordinal).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            existing.UnionWith(await db.OutboxMessages.AsNoTracking().Where(m => chunk.Contains(m.MessageKey)).Select(m => m.MessageKey).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var fresh = messages.Where(m => existing.Add(m.Message.MessageKey)).Select(m => ToRecord(m.Message, m.Kind, m.NotBefore)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        db.OutboxMessages.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another writer enqueued some of these keys meanwhile: store the rest one by one.
            db.ChangeTracker.Clear();
            var stored = 0;
            foreach (var record in fresh)
            {
                record.Id = 0;
                db.OutboxMessages.Add(record);
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    stored++;
                }
                catch (DbUpdateException)
                {
                    // Already there: enqueueing a key twice is a no-op.
                }

                db.ChangeTracker.Clear();
            }

            return stored;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Converts a stored row back to the adapters' message type for a notification sink.</summary>
    /// <param name="record">The row; must not be null.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="FormatException">The row's channel is not a known channel.</exception>
    public static OutboxMessage ToMessage(OutboxMessageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!Vocabulary.TryParse<OutboxChannel>(record.Channel, out var channel))
        {
            throw new FormatException($"Outbox message {record.MessageKey} has the unknown channel '{record.Channel}'.");
        }

        return new OutboxMessage(record.MessageKey, channel, record.Recipient, record.Subject, record.Body, Instant.FromUnixTimeTicks(record.CreatedAtTicks))
        {
            TicketId = record.TicketId,
        };
    }

    private static OutboxMessageRecord ToRecord(OutboxMessage message, string kind, Instant notBefore) => new()
    {
        MessageKey = message.MessageKey,
        Kind = kind,
        Channel = Vocabulary.Wire(message.Channel),
        Recipient = message.Recipient,
        Subject = message.Subject,
        Body = message.Body,
        TicketId = message.TicketId,
        Status = OutboxStatus.Pending,
        CreatedAtTicks = message.CreatedAt.ToUnixTimeTicks(),
        NotBeforeTicks = notBefore.ToUnixTimeTicks(),
    };
}
