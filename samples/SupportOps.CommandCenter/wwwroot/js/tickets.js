// Ticket rows and ticket actions shared by the inbox and the dashboards.
import { el } from './dom.js';
import { countdown, riskBadge, label, serverNow } from './format.js';
import { postJson } from './api.js';

/** One inbox row: SLA countdown, risk badge with reasons, and a link to the ticket. */
export function ticketRow(ticket, { selectable = false, onSelect } = {}) {
  const breached = ticket.breached || (ticket.sla_due_at && Date.parse(ticket.sla_due_at) < serverNow());
  const row = el('tr', { class: breached ? 'breached-row' : null, 'data-ticket-id': ticket.ticket_id, 'data-risk': ticket.risk_score, 'data-version': ticket.version });
  if (selectable) {
    const box = el('input', { type: 'checkbox', class: 'select', 'aria-label': `Select ${ticket.ticket_id}` });
    box.addEventListener('change', () => onSelect?.(ticket, box.checked));
    row.append(el('td', {}, box));
  }
  row.append(
    el('td', { class: 'sla' }, countdown(ticket.sla_due_at, ticket.sla_timer), ticket.sla_timer ? el('div', { class: 'muted small' }, label(ticket.sla_timer)) : null),
    el('td', {}, riskBadge(ticket)),
    el('td', { class: 'subject' }, el('a', { href: `/tickets/${encodeURIComponent(ticket.ticket_id)}` }, ticket.ticket_id), el('div', {}, ticket.subject ?? '')),
    el('td', {}, el('span', { class: `prio prio-${ticket.priority}` }, label(ticket.priority))),
    el('td', {}, label(ticket.status)),
    el('td', {}, label(ticket.channel)),
    el('td', {}, ticket.queue ?? ''),
    el('td', {}, ticket.assignee ?? el('span', { class: 'muted' }, 'unassigned')),
  );
  return row;
}

/** The signed-in user as an event actor. */
export function currentActor() {
  const agent = document.body.dataset.agent;
  const user = document.body.dataset.user || 'web-user';
  return agent ? { kind: 'agent', id: agent, display_name: user } : { kind: 'agent', id: user, display_name: user };
}

/** Appends one event to a ticket at the version the caller read; the dedupe key makes a retry harmless. */
export function appendEvent(ticketId, expectedVersion, event, dedupeKey) {
  return postJson(`/api/v1/tickets/${encodeURIComponent(ticketId)}/events`, {
    expected_version: expectedVersion,
    events: [{
      event,
      occurred_at: new Date(Math.floor(serverNow() / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      actor: currentActor(),
      source: 'web',
      dedupe_key: dedupeKey,
    }],
  });
}
