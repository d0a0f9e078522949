// The inbox: filters and sorts kept in the URL, keyset "next page", bulk assign/escalate, live updates.
import { getJson, query } from './api.js';
import { clear, showError, toast } from './dom.js';
import { ticketRow, appendEvent } from './tickets.js';

const form = document.getElementById('inbox-filters');
const rows = document.getElementById('inbox-rows');
const empty = document.getElementById('inbox-empty');
const error = document.getElementById('inbox-error');
const next = document.getElementById('next-page');
const selectAll = document.getElementById('select-all');
const bulkCount = document.getElementById('bulk-count');
const assignButton = document.getElementById('bulk-assign');
const escalateButton = document.getElementById('bulk-escalate');
const live = document.getElementById('live-status');

const selected = new Map();
let cursor = null;
let loading = false;

function filters() {
  const values = {};
  for (const [key, value] of new FormData(form)) {
    if (value !== '') {
      values[key] = value;
    }
  }
  return values;
}

// The URL holds the filters so a view can be bookmarked, shared and restored on reload.
function restoreFromUrl() {
  const params = new URLSearchParams(window.location.search);
  for (const element of form.elements) {
    if (element.name && params.has(element.name)) {
      element.value = params.get(element.name);
    }
  }
}

function updateSelection() {
  bulkCount.textContent = `${selected.size} selected`;
  assignButton.disabled = selected.size === 0;
  escalateButton.disabled = selected.size === 0;
}

async function load({ append = false } = {}) {
  if (loading) {
    return;
  }
  loading = true;
  error.hidden = true;
  const table = document.getElementById('inbox-table');
  table.dataset.loaded = 'false';
  const values = filters();
  if (!append) {
    cursor = null;
    selected.clear();
    selectAll.checked = false;
    updateSelection();
    history.replaceState(null, '', `/inbox${query(values)}`);
  }
  try {
    const page = await getJson(`/api/v1/tickets${query({ ...values, limit: 50, cursor })}`);
    if (!append) {
      clear(rows);
    }
    for (const ticket of page.items) {
      rows.append(ticketRow(ticket, { selectable: true, onSelect: (t, on) => { on ? selected.set(t.ticket_id, t) : selected.delete(t.ticket_id); updateSelection(); } }));
    }
    cursor = page.next_cursor;
    next.hidden = !cursor;
    empty.hidden = rows.children.length > 0;
  } catch (e) {
    showError(error, e);
  } finally {
    loading = false;
    table.dataset.loaded = 'true';
  }
}

async function bulk(makeEvent, verb) {
  const tickets = [...selected.values()];
  const failures = [];
  for (const ticket of tickets) {
    const { event, key } = makeEvent(ticket);
    try {
      await appendEvent(ticket.ticket_id, ticket.version, event, key);
    } catch (e) {
      failures.push(`${ticket.ticket_id}: ${e.message}`);
    }
  }
  toast(failures.length ? `${verb} ${tickets.length - failures.length} of ${tickets.length}. ${failures.join(' ')}` : `${verb} ${tickets.length} ticket(s).`);
  await load();
}

form.addEventListener('change', () => load());
form.addEventListener('reset', () => setTimeout(() => load(), 0));
form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
next.addEventListener('click', () => load({ append: true }));

selectAll.addEventListener('change', () => {
  for (const box of rows.querySelectorAll('input.select')) {
    if (box.checked !== selectAll.checked) {
      box.checked = selectAll.checked;
      box.dispatchEvent(new Event('change'));
    }
  }
});

assignButton.addEventListener('click', () => {
  const to = document.getElementById('bulk-assignee').value;
  bulk((t) => ({ event: { type: 'assignee_changed', from: t.assignee ?? undefined, to }, key: `web:assign:${t.ticket_id}:${t.version}:${to}` }), 'Assigned');
});

escalateButton.addEventListener('click', () => {
  const reasonBox = document.getElementById('bulk-reason');
  const reason = reasonBox.value.trim();
  if (!reason) {
    reasonBox.focus();
    toast('Give a reason to escalate.');
    return;
  }
  bulk((t) => ({ event: { type: 'escalated', reason }, key: `web:escalate:${t.ticket_id}:${t.version}` }), 'Escalated');
});

// Live updates: the server pushes a message when tickets change; the first page reloads, debounced.
function connectLive() {
  if (!('EventSource' in window)) {
    live.textContent = 'Live updates are not supported by this browser.';
    return;
  }
  const source = new EventSource('/api/v1/inbox/stream');
  let timer;
  source.onopen = () => { live.textContent = 'Live'; live.classList.add('on'); };
  source.onmessage = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { if (!cursor && selected.size === 0) { load(); } else { live.textContent = 'Live — new activity, refresh to see it'; } }, 500);
  };
  source.onerror = () => { live.textContent = 'Live updates unavailable; reconnecting…'; live.classList.remove('on'); };
}

restoreFromUrl();
load();
connectLive();
