// The audit log: filters (actor, action, entity, UTC time range) kept in the URL, keyset pages from
// GET /api/v1/audit (Older passes next_cursor; Newer goes back to the cursor of the previous page), and
// the CSV export link carrying the same filters.
import { getJson, query } from './api.js';
import { el, clear, showError } from './dom.js';

const form = document.getElementById('audit-filters');
const table = document.getElementById('audit-table');
const rows = document.getElementById('audit-rows');
const empty = document.getElementById('audit-empty');
const error = document.getElementById('audit-error');
const status = document.getElementById('audit-status');
const exportLink = document.getElementById('audit-export');
const older = document.getElementById('audit-older');
const newer = document.getElementById('audit-newer');
const filterNames = ['actor', 'action', 'target', 'from', 'to'];

// The cursors of the pages shown so far: cursors[i] loads page i (null = the newest page).
let cursors = [null];
let index = 0;
let nextCursor = null;

// datetime-local values are read as UTC: "2026-03-10T15:00" → "2026-03-10T15:00:00Z".
const toInstant = (value) => (value ? `${value.length === 16 ? `${value}:00` : value}Z` : '');
const fromInstant = (value) => (value ? value.replace(/Z$/, '').slice(0, 19) : '');

function filters() {
  const data = new FormData(form);
  return {
    actor: data.get('actor').trim(),
    action: data.get('action').trim(),
    target: data.get('target').trim(),
    from: toInstant(data.get('from')),
    to: toInstant(data.get('to')),
  };
}

function applyParams(params) {
  for (const name of filterNames) {
    const value = params.get(name) ?? '';
    form.elements[name].value = name === 'from' || name === 'to' ? fromInstant(value) : value;
  }
  form.elements.limit.value = params.get('limit') ?? '50';
}

function row(entry) {
  const summary = (text) => (text ? el('span', { class: 'small' }, text) : el('span', { class: 'muted' }, '–'));
  return el('tr', { 'data-id': entry.id },
    el('td', {}, el('time', { datetime: entry.at }, entry.at.replace('T', ' ').replace('Z', ''))),
    el('td', {}, entry.actor),
    el('td', {}, el('code', {}, entry.action)),
    el('td', {}, entry.target.startsWith('ticket:')
      ? el('a', { href: `/tickets/${encodeURIComponent(entry.target.slice('ticket:'.length))}` }, entry.target)
      : entry.target),
    el('td', {}, summary(entry.before)),
    el('td', {}, summary(entry.after)));
}

async function load() {
  const current = filters();
  const limit = form.elements.limit.value;
  table.dataset.loaded = 'false';
  error.hidden = true;
  exportLink.href = `/api/v1/audit/export.csv${query(current)}`;
  history.replaceState(null, '', `/audit${query({ ...current, limit: limit === '50' ? '' : limit })}`);
  try {
    const page = await getJson(`/api/v1/audit${query({ ...current, limit, cursor: cursors[index] })}`);
    clear(rows).append(...page.items.map(row));
    nextCursor = page.next_cursor;
    empty.hidden = page.items.length > 0;
    status.textContent = page.items.length ? `Page ${index + 1}: ${page.items.length} entr${page.items.length === 1 ? 'y' : 'ies'}` : '';
  } catch (e) {
    clear(rows);
    nextCursor = null;
    showError(error, e);
  } finally {
    older.disabled = !nextCursor;
    newer.disabled = index === 0;
    table.dataset.loaded = 'true';
  }
}

function restart() {
  cursors = [null];
  index = 0;
  load();
}

form.addEventListener('submit', (event) => { event.preventDefault(); restart(); });
form.addEventListener('reset', () => setTimeout(restart, 0));
form.elements.limit.addEventListener('change', restart);
older.addEventListener('click', () => {
  cursors = cursors.slice(0, index + 1).concat(nextCursor);
  index += 1;
  load();
});
newer.addEventListener('click', () => {
  index = Math.max(0, index - 1);
  load();
});

applyParams(new URLSearchParams(window.location.search));
load();
