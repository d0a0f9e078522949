using System.Collections.Immutable;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.SlaCli;

/// <summary>One ticket of the demo data: an id, a title and its occurrences.</summary>
internal sealed record DemoTicket(string Id, string Title, ImmutableArray<TicketOccurrence> Occurrences);
