// The inbox: filters, sorts and search kept in the URL; saved views and queue counts (from the
// counters kept on append); keyset "next page"; bulk assign/escalate; live updates over SSE.
import { getJson, postJson, deleteJson, query } from './api.js';
import { el, clear, showError, toast } from './dom.js';
import { ticketRow } from './tickets.js';
import { fillAgentPickers } from './agents.js';

const form = document.getElementById('inbox-filters');
const table = document.getElementById('inbox-table');
const rows = document.getElementById('inbox-rows');
const empty = document.getElementById('inbox-empty');
const error = document.getElementById('inbox-error');
const next = document.getElementById('next-page');
const selectAll = document.getElementById('select-all');
const bulkCount = document.getElementById('bulk-count');
const assignButton = document.getElementById('bulk-assign');
const escalateButton = document.getElementById('bulk-escalate');
const live = document.getElementById('live-status');
const viewList = document.getElementById('saved-views');
const queueList = document.getElementById('queue-counts');
const saveForm = document.getElementById('save-view');

const dimensions = ['status', 'priority', 'channel', 'queue', 'assignee', 'risk_band'];
const selected = new Map();
let cursor = null;
let loading = false;
let searchTimer;

function filters() {
  const values = {};
  for (const [key, value] of new FormData(form)) {
    if (value !== '') {
      values[key] = value;
    }
  }
  return values;
}

// Sets a select to a value, adding an option for values the form does not list (e.g. "p0,p1" from a view).
function setField(element, value) {
  if (element.tagName === 'SELECT' && value !== '' && ![...element.options].some((o) => o.value === value)) {
    element.append(el('option', { value }, value.replaceAll(',', ' or ')));
  }
  element.value = value;
}

// The URL holds the filters so a view can be bookmarked, shared and restored on reload.
function applyParams(params) {
  for (const element of form.elements) {
    if (element.name) {
      setField(element, params.get(element.name) ?? (element.name === 'sort' ? 'triage' : ''));
    }
  }
}

function updateSelection() {
  bulkCount.textContent = `${selected.size} selected`;
  assignButton.disabled = selected.size === 0;
  escalateButton.disabled = selected.size === 0;
}

function makeRow(ticket) {
  const row = ticketRow(ticket, {
    selectable: true,
    onSelect: (t, on) => {
      if (on) {
        selected.set(t.ticket_id, t);
      } else {
        selected.delete(t.ticket_id);
      }
      updateSelection();
    },
  });
  if (selected.has(ticket.ticket_id)) {
    row.querySelector('input.select').checked = true;
    selected.set(ticket.ticket_id, ticket);
  }
  return row;
}

// A filter changed while a page was loading must not be lost: remember it and reload once the
// current request finishes (a "next page" click during a load is simply ignored).
let reloadRequested = false;

async function load({ append = false } = {}) {
  if (loading) {
    reloadRequested ||= !append;
    return;
  }
  loading = true;
  error.hidden = true;
  table.dataset.loaded = 'false';
  const values = filters();
  if (!append) {
    cursor = null;
    selected.clear();
    selectAll.checked = false;
    updateSelection();
    history.replaceState(null, '', `/inbox${query(values)}`);
    markCurrentView();
  }
  try {
    const page = await getJson(`/api/v1/tickets${query({ ...values, limit: 50, cursor })}`);
    if (!append) {
      clear(rows);
    }
    rows.append(...page.items.map(makeRow));
    cursor = page.next_cursor;
    next.hidden = !cursor;
    empty.hidden = rows.children.length > 0;
  } catch (e) {
    showError(error, e);
  } finally {
    loading = false;
    if (reloadRequested) {
      reloadRequested = false;
      load();
    } else {
      table.dataset.loaded = 'true';
    }
  }
}

async function bulk(action, target, reason) {
  const tickets = [...selected.values()];
  const expected = Object.fromEntries(tickets.map((t) => [t.ticket_id, t.version]));
  try {
    const result = await postJson('/api/v1/tickets/bulk', {
      action,
      ticket_ids: tickets.map((t) => t.ticket_id),
      target: target || null,
      reason: reason || null,
      request_id: crypto.randomUUID(),
      expected_versions: expected,
    });
    const problems = result.results.filter((r) => r.outcome !== 'ok').map((r) => `${r.ticket_id}: ${r.detail ?? r.outcome}`);
    const verb = action === 'assign' ? 'Assigned' : 'Escalated';
    toast(problems.length ? `${verb} ${result.ok} of ${tickets.length}. ${problems.join(' ')}` : `${verb} ${result.ok} ticket(s).`);
    await Promise.all([load(), loadCounts()]);
  } catch (e) {
    toast(e.message);
  }
}

// Saved views and queue counts: the counts come from counters the server keeps on append.
let views = [];

function viewParams(view) {
  const params = new URLSearchParams();
  for (const key of dimensions) {
    const values = view.filter[key] ?? [];
    if (values.length) {
      params.set(key, values.join(','));
    }
  }
  if (view.filter.breached !== null && view.filter.breached !== undefined) {
    params.set('breached', String(view.filter.breached));
  }
  if (view.filter.q) {
    params.set('q', view.filter.q);
  }
  params.set('sort', view.sort);
  return params;
}

function markCurrentView() {
  const current = new URLSearchParams(query(filters()));
  current.sort();
  for (const link of viewList.querySelectorAll('a[data-view]')) {
    const params = new URLSearchParams(link.search);
    params.sort();
    link.setAttribute('aria-current', params.toString() === current.toString() ? 'true' : 'false');
  }
}

async function loadCounts() {
  try {
    const [list, counts] = await Promise.all([getJson('/api/v1/inbox/views'), getJson('/api/v1/inbox/counts')]);
    views = list;
    const countById = new Map(counts.views.map((v) => [v.id, v]));
    clear(viewList).append(...(views.length ? views.map((view) => {
      const params = viewParams(view);
      const count = countById.get(view.id);
      const link = el('a', { href: `/inbox?${params}`, 'data-view': view.id, onclick: (event) => { event.preventDefault(); applyParams(params); load(); } }, view.name);
      return el('li', {}, link,
        el('span', { class: 'count', title: count?.exact === false ? (count.reason ?? 'not counted') : 'tickets in this view' }, count?.count ?? '–'),
        el('button', { type: 'button', 'aria-label': `Delete view ${view.name}`, onclick: () => deleteView(view) }, '×'));
    }) : [el('li', { class: 'muted small' }, 'No saved views yet.')]));
    clear(queueList).append(...counts.queues.map((q) => el('li', {},
      el('a', { href: `/inbox?${new URLSearchParams({ queue: q.queue, status: 'new,open,pending_customer,on_hold' })}` }, q.queue || '(no queue)'),
      el('span', { class: 'count', title: 'unsolved' }, q.unsolved),
      q.breached ? el('a', { class: 'count bad', href: `/inbox?${new URLSearchParams({ queue: q.queue, breached: 'true' })}`, title: 'breached' }, q.breached) : null)));
    markCurrentView();
  } catch (e) {
    // Saved views need the tickets.write policy; readers without it just do not see them.
    if (e.status === 403) {
      viewList.closest('aside').querySelector('#save-view').hidden = true;
      clear(viewList).append(el('li', { class: 'muted small' }, 'Saved views are for agents and leads.'));
      return;
    }
    showError(error, e);
  }
}

async function deleteView(view) {
  try {
    await deleteJson(`/api/v1/inbox/views/${view.id}`);
    toast(`Deleted view ${view.name}.`);
    await loadCounts();
  } catch (e) {
    toast(e.message);
  }
}

saveForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = saveForm.name.value.trim();
  if (!name) {
    saveForm.name.focus();
    return;
  }
  const values = filters();
  const list = (key) => (values[key] ? values[key].split(',') : []);
  try {
    await postJson('/api/v1/inbox/views', {
      name,
      filter: {
        status: list('status'), priority: list('priority'), channel: list('channel'), queue: list('queue'),
        assignee: list('assignee'), risk_band: list('risk_band'),
        breached: values.breached === undefined ? null : values.breached === 'true',
        q: values.q ?? null,
      },
      sort: values.sort ?? 'triage',
    });
    saveForm.reset();
    toast(`Saved view ${name}.`);
    await loadCounts();
  } catch (e) {
    toast(e.message);
  }
});

form.addEventListener('change', (event) => { if (event.target.name !== 'q') { load(); } });
form.addEventListener('input', (event) => {
  if (event.target.name === 'q') {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => load(), 300);
  }
});
form.addEventListener('reset', () => setTimeout(() => load(), 0));
form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
next.addEventListener('click', () => (drilldown ? loadDrill({ append: true }) : load({ append: true })));

selectAll.addEventListener('change', () => {
  for (const box of rows.querySelectorAll('input.select')) {
    if (box.checked !== selectAll.checked) {
      box.checked = selectAll.checked;
      box.dispatchEvent(new Event('change'));
    }
  }
});

assignButton.addEventListener('click', () => bulk('assign', document.getElementById('bulk-assignee').value, null));

escalateButton.addEventListener('click', () => {
  const reasonBox = document.getElementById('bulk-reason');
  const reason = reasonBox.value.trim();
  if (!reason) {
    reasonBox.focus();
    toast('Give a reason to escalate.');
    return;
  }
  bulk('escalate', null, reason);
});

// Live updates: each committed change arrives as a `ticket_changed` event carrying the new row.
// A row on screen is replaced in place; a change to a ticket not on screen reloads the first page
// (debounced) unless the user has paged on or selected rows, in which case it only says so.
function connectLive() {
  if (!('EventSource' in window)) {
    live.textContent = 'Live updates are not supported by this browser.';
    return;
  }
  const source = new EventSource('/api/v1/inbox/stream');
  let timer;
  source.addEventListener('ready', () => { live.textContent = 'Live'; live.classList.add('on'); live.dataset.state = 'live'; });
  source.addEventListener('ticket_changed', (message) => {
    const change = JSON.parse(message.data);
    const existing = rows.querySelector(`tr[data-ticket-id="${CSS.escape(change.ticket_id)}"]`);
    if (existing && change.ticket && Number(existing.dataset.version) <= change.version) {
      const row = makeRow(change.ticket);
      row.classList.add('flash');
      existing.replaceWith(row);
    } else if (!existing) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!cursor && selected.size === 0) {
          load();
        } else {
          live.textContent = 'Live — new activity; reload to see it';
        }
      }, 500);
    }
    clearTimeout(countsTimer);
    countsTimer = setTimeout(loadCounts, 1000);
  });
  source.onerror = () => { live.textContent = 'Live updates interrupted; reconnecting…'; live.classList.remove('on'); live.dataset.state = 'down'; };
}
let countsTimer;

// Drill-down from a dashboard chart: /inbox?drilldown=<the point's drilldown API URL> lists exactly the
// tickets behind that point (ids from the rollups, rows from the tickets API), 50 at a time.
const drilldown = new URLSearchParams(window.location.search).get('drilldown');
let drillAfter = null;

async function loadDrill({ append = false } = {}) {
  table.dataset.loaded = 'false';
  error.hidden = true;
  try {
    const url = new URL(drilldown, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname !== '/api/v1/dashboards/drilldown') {
      throw new Error('This drill-down link is not one the dashboards make.');
    }
    url.searchParams.set('limit', '50');
    if (drillAfter) {
      url.searchParams.set('after', drillAfter);
    }
    const page = await getJson(url.pathname + url.search);
    const metric = url.searchParams.get('metric');
    document.getElementById('drill-text').textContent =
      `Tickets behind “${metric.replaceAll('_', ' ')}${url.searchParams.get('timer') ? ` (${url.searchParams.get('timer').replaceAll('_', ' ')})` : ''}${url.searchParams.get('bucket') ? ` ${url.searchParams.get('bucket').replaceAll('_', ' ')}` : ''}”, ${page.from === page.to ? page.from : `${page.from} to ${page.to}`}${url.searchParams.get('queue') ? `, queue ${url.searchParams.get('queue')}` : ''}.`;
    const details = await Promise.all(page.ticket_ids.map((id) => getJson(`/api/v1/tickets/${encodeURIComponent(id)}`)));
    if (!append) {
      clear(rows);
    }
    rows.append(...details.map((d) => makeRow(d.ticket)));
    drillAfter = page.next_after;
    next.hidden = !drillAfter;
    empty.hidden = rows.children.length > 0;
  } catch (e) {
    showError(error, e);
  } finally {
    table.dataset.loaded = 'true';
  }
}

if (drilldown) {
  document.getElementById('drill-banner').hidden = false;
  form.hidden = true;
  loadDrill();
  loadCounts();
} else {
  // The assignee pickers come from the roster API; fill them before the URL's filters are applied, so
  // an assignee in the URL selects its named option. A failed roster load leaves the built-in options.
  try {
    await fillAgentPickers();
  } catch (e) {
    showError(error, e);
  }
  applyParams(new URLSearchParams(window.location.search));
  load();
  loadCounts();
  connectLive();
}
