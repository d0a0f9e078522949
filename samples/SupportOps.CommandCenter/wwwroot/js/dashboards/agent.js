// The agent's focus queue: their unsolved tickets (assignee=me), breached first, then due within four hours, then the rest in triage order.
import { getJson, query } from '../api.js';
import { el, clear, showError } from '../dom.js';
import { ticketRow } from '../tickets.js';
import { serverNow } from '../format.js';

const section = document.getElementById('focus');
const unsolved = 'new,open,pending_customer,on_hold';
const agent = section.dataset.agent;

async function load() {
  if (!agent) {
    return;
  }
  try {
    const items = [];
    let cursor = null;
    do {
      const page = await getJson(`/api/v1/tickets${query({ assignee: 'me', status: unsolved, sort: 'triage', limit: 200, cursor })}`);
      items.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor && items.length < 1000);
    const open = items;
    const now = serverNow();
    const breached = open.filter((t) => t.breached || (t.sla_due_at && Date.parse(t.sla_due_at) < now));
    const soon = open.filter((t) => !breached.includes(t) && t.sla_due_at && Date.parse(t.sla_due_at) - now < 4 * 3600 * 1000);
    const rest = open.filter((t) => !breached.includes(t) && !soon.includes(t));
    const rows = clear(document.getElementById('focus-rows'));
    rows.append(...[...breached, ...soon, ...rest].map((t) => ticketRow(t)));
    document.getElementById('focus-empty').hidden = open.length > 0;
    const stats = clear(document.getElementById('focus-stats'));
    const stat = (text, value, cls, href) => el('li', { class: `stat ${cls}` }, el('a', { href }, el('span', { class: 'stat-value' }, String(value)), el('span', { class: 'stat-label' }, text)));
    stats.append(
      stat('breached', breached.length, 'bad', `/inbox${query({ assignee: 'me', status: unsolved, breached: 'true' })}`),
      stat('due within 4 hours', soon.length, 'warn', `/inbox${query({ assignee: 'me', status: unsolved, breached: 'false', sort: 'due' })}`),
      stat('unsolved in total', open.length, '', `/inbox${query({ assignee: 'me', status: unsolved })}`));
    section.dataset.loaded = 'true';
  } catch (e) {
    showError(document.getElementById('focus-error'), e);
  }
}

load();
