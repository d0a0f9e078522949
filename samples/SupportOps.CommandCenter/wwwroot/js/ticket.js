// Ticket detail: state, risk and reasons, SLA timers, timeline.
import { getJson } from './api.js';
import { el, clear, showError } from './dom.js';
import { countdown, riskBadge, label, formatInstant, formatDuration } from './format.js';
import { renderEvent } from './timeline.js';
import { renderRouting } from './routing.js';
import { renderSummary } from './summary.js';
import { loadAgents } from './agents.js';

const article = document.getElementById('ticket');
const id = article.dataset.ticketId;
const error = document.getElementById('ticket-error');
const base = `/api/v1/tickets/${encodeURIComponent(id)}`;

function facts(ticket) {
  const list = clear(document.getElementById('ticket-facts'));
  const add = (term, value) => list.append(el('dt', {}, term), el('dd', {}, value ?? '—'));
  add('Status', label(ticket.status));
  add('Priority', label(ticket.priority));
  add('Channel', label(ticket.channel));
  add('Customer tier', label(ticket.tier));
  add('Queue', ticket.queue);
  add('Assignee', ticket.assignee ?? 'unassigned');
  add('Created', formatInstant(ticket.created_at));
  add('Last activity', formatInstant(ticket.updated_at));
  add('Version', String(ticket.version));
}

function timerView(timer) {
  const percent = Math.max(0, Math.min(100, timer.elapsed_percent));
  const state = timer.breached ? 'breached' : timer.status === 'paused' ? 'paused' : timer.warning ? 'warning' : timer.status;
  return el('div', { class: `timer timer-${state}`, 'data-kind': timer.kind },
    el('div', { class: 'timer-head' },
      el('strong', {}, `${label(timer.kind)}`), ` (cycle ${timer.cycle}) `,
      el('span', { class: `chip chip-${state}` }, timer.breached ? 'Breached' : label(timer.status))),
    el('div', { class: 'timer-body' },
      timer.status === 'running' ? countdown(timer.due, timer.kind) : el('span', { class: `countdown static ${timer.breached ? 'breached' : ''}` }, settledText(timer)),
      el('span', {}, ` due ${formatInstant(timer.due)}`),
      el('span', { class: 'muted' }, ` · target ${formatDuration(timer.target_seconds)} · elapsed ${formatDuration(timer.elapsed_seconds)} (${Math.round(timer.elapsed_percent)}%)`),
      timer.paused_at ? el('span', {}, ` · paused since ${formatInstant(timer.paused_at)}`) : null,
      el('span', { class: 'muted small' }, ` · policy ${timer.policy_id}`)),
    el('progress', { max: 100, value: percent, 'aria-label': `${label(timer.kind)} elapsed ${Math.round(timer.elapsed_percent)}%` }));
}

// A timer that is not running shows what became of it instead of a ticking countdown.
function settledText(timer) {
  const left = `${timer.remaining_seconds < 0 ? '-' : ''}${formatDuration(timer.remaining_seconds)}`;
  switch (timer.status) {
    case 'paused':
      return `${left} left, clock stopped`;
    case 'fulfilled':
      return timer.breached ? `Met late (${left})` : `Met with ${formatDuration(timer.remaining_seconds)} to spare`;
    case 'cancelled':
      return 'Cancelled';
    default:
      return left;
  }
}

export async function loadTicket() {
  error.hidden = true;
  try {
    const detail = await getJson(base);
    const ticket = detail.ticket;
    document.getElementById('ticket-subject').textContent = ticket.subject ?? '';
    facts(ticket);
    clear(document.getElementById('ticket-risk')).append(riskBadge(ticket));
    const timers = clear(document.getElementById('ticket-timers'));
    timers.append(...(detail.timers.length ? detail.timers.map(timerView) : [el('p', { class: 'muted' }, 'No SLA timer applies.')]));
    const timeline = clear(document.getElementById('ticket-timeline'));
    timeline.append(...detail.events.map(renderEvent));
    article.setAttribute('aria-busy', 'false');
    article.dataset.version = ticket.version;
    await renderSummary(document.getElementById('ticket-summary'), id, { canWrite: article.dataset.canWrite === 'true' });
    await renderRouting(document.getElementById('ticket-routing'), id, {
      canManage: article.dataset.canRoute === 'true',
      agents: (await loadAgents()).map((a) => [a.agent_id, `${a.display_name} (${a.agent_id}, ${a.team})`]),
      queues: JSON.parse(article.dataset.queues),
      reload: loadTicket,
    });
    article.dispatchEvent(new CustomEvent('ticket-loaded', { detail }));
    return detail;
  } catch (e) {
    showError(error, e);
    article.setAttribute('aria-busy', 'false');
    return null;
  }
}

loadTicket();
