// Ops manager dashboard: SLA attainment, backlog aging, escalation rate, queue health (from the daily
// rollups), and integration health, ingest runs, dead letters and the outbox (from the worker).
import { getJson, query } from '../api.js';
import { el, clear, showError } from '../dom.js';
import { label, formatInstant } from '../format.js';
import { chartCard } from '../charts.js';
import { drillUrl, periodPicker, kpis, table, pct } from './common.js';

const root = document.getElementById('dashboard-body');
const section = document.getElementById('dashboard');
const error = document.getElementById('dashboard-error');

async function load(period) {
  section.dataset.loaded = 'false';
  error.hidden = true;
  const charts = clear(root);
  try {
    const [dash, integrations, runs, deadLetters, outbox] = await Promise.all([
      getJson(`/api/v1/dashboards/operations${query({ period })}`),
      getJson('/api/v1/operations/integrations'),
      getJson('/api/v1/operations/ingest-runs?limit=10'),
      getJson('/api/v1/operations/dead-letters?limit=10'),
      getJson('/api/v1/operations/outbox?limit=10'),
    ]);
    const days = dash.series.map((d) => d.day);
    const totals = dash.sla_attainment.reduce((a, t) => ({ met: a.met + t.met, breached: a.breached + t.breached }), { met: 0, breached: 0 });
    const created = dash.series.reduce((n, d) => n + d.created, 0);
    const escalated = dash.series.reduce((n, d) => n + d.escalated, 0);
    const last = dash.series[dash.series.length - 1];
    root.before(kpis([
      { name: `SLA attainment, ${dash.from} to ${dash.to}`, value: totals.met + totals.breached ? pct((100 * totals.met) / (totals.met + totals.breached)) : '—' },
      { name: 'SLA breaches', value: String(totals.breached), tone: totals.breached ? 'bad' : '', href: '/inbox?breached=true' },
      { name: 'Escalation rate', value: created ? pct((100 * escalated) / created) : '—', hint: `${escalated} of ${created} created` },
      { name: 'Open backlog', value: String(last?.backlog ?? 0), href: '/inbox?status=new,open,pending_customer,on_hold' },
    ]));

    chartCard(charts, {
      id: 'sla-by-timer', title: 'SLA attainment per timer', type: 'bar', stacked: true, labelTitle: 'Timer',
      labels: dash.sla_attainment.map((t) => label(t.timer)),
      series: [{ label: 'Met', data: dash.sla_attainment.map((t) => t.met), color: '#1e6b34' }, { label: 'Breached', data: dash.sla_attainment.map((t) => t.breached), color: '#b3261e' }],
      drill: (s, i) => drillUrl(dash.sla_attainment[i].drilldown[s === 0 ? 'sla_met' : 'sla_breached']),
    });
    chartCard(charts, {
      id: 'sla-trend', title: 'SLA attainment per day', type: 'line', labelTitle: 'Day', labels: days, yMax: 100,
      series: [{ label: 'Attainment %', data: dash.series.map((d) => d.sla_attainment), color: '#0b57d0' }],
      format: (v) => (v === null || v === undefined ? '—' : `${Math.round(v)}%`),
      drill: (s, i) => drillUrl(dash.series[i].drilldown.sla_breached),
      description: 'Click a day to see its breaches.',
    });
    chartCard(charts, {
      id: 'volume', title: 'Created, solved and backlog per day', type: 'line', labelTitle: 'Day', labels: days,
      series: [
        { label: 'Created', data: dash.series.map((d) => d.created) },
        { label: 'Solved', data: dash.series.map((d) => d.solved), color: '#1e6b34' },
        { label: 'Backlog', data: dash.series.map((d) => d.backlog), color: '#7a4a00' },
      ],
      drill: (s, i) => drillUrl(dash.series[i].drilldown[['created', 'solved', 'backlog'][s]]),
    });
    chartCard(charts, {
      id: 'escalations', title: 'Escalations per day', type: 'bar', labelTitle: 'Day', labels: days,
      series: [{ label: 'Escalated', data: dash.series.map((d) => d.escalated), color: '#6b3fa0' }],
      drill: (s, i) => drillUrl(dash.series[i].drilldown.escalated),
    });
    chartCard(charts, {
      id: 'aging', title: 'Backlog aging (open tickets by age)', type: 'bar', labelTitle: 'Age', labels: dash.backlog_aging.map((b) => label(b.bucket).replace(/^(\d)/, '$1')),
      series: [{ label: 'Open tickets', data: dash.backlog_aging.map((b) => b.tickets), color: '#7a4a00' }],
      drill: (s, i) => drillUrl(dash.backlog_aging[i].drilldown),
    });
    chartCard(charts, {
      id: 'queues', title: 'Queue health: SLA breaches and backlog', type: 'bar', labelTitle: 'Queue', labels: dash.queue_health.map((q) => q.queue || '(none)'),
      series: [{ label: 'SLA breaches', data: dash.queue_health.map((q) => q.sla_breached), color: '#b3261e' }, { label: 'Backlog', data: dash.queue_health.map((q) => q.backlog), color: '#7a4a00' }],
      drill: (s, i) => drillUrl(dash.queue_health[i].drilldown[s === 0 ? 'sla_breached' : 'backlog']),
    });

    const ops = el('div', { class: 'ops-tables' });
    root.after(ops);
    ops.append(
      el('h2', {}, 'Integrations'),
      table('Health per source and notification channel', [
        { title: 'Name', cell: (r) => r.name },
        { title: 'Kind', cell: (r) => label(r.kind) },
        { title: 'Status', cell: (r) => el('span', { class: `chip chip-${r.status === 'healthy' ? 'ok' : r.status === 'degraded' ? 'warning' : 'breached'}` }, label(r.status)) },
        { title: 'Last run', cell: (r) => (r.last_run ? `${formatInstant(r.last_run.started_at)}: ${r.last_run.events_appended} events, ${r.last_run.errors} errors` : '—') },
        { title: 'Last success', cell: (r) => formatInstant(r.last_success_at) || '—' },
        { title: 'Dead letters (24 h)', cell: (r) => String(r.dead_letters24h ?? r.dead_letters_24h ?? 0) },
        { title: 'Detail', cell: (r) => r.detail },
      ], integrations, { id: 'integrations' }),
      el('h2', {}, 'Ingest runs'),
      table('The latest ingest runs, newest first', [
        { title: 'Source', cell: (r) => r.source },
        { title: 'Trigger', cell: (r) => label(r.trigger) },
        { title: 'Started', cell: (r) => formatInstant(r.started_at) },
        { title: 'Finished', cell: (r) => formatInstant(r.finished_at) || 'running' },
        { title: 'Events', cell: (r) => String(r.events_appended) },
        { title: 'Duplicates', cell: (r) => String(r.duplicates) },
        { title: 'Dead-lettered', cell: (r) => String(r.dead_lettered) },
        { title: 'Errors', cell: (r) => (r.errors ? el('span', { class: 'error-text', title: r.last_error ?? '' }, String(r.errors)) : '0') },
      ], runs.items, { id: 'ingest-runs' }),
      el('h2', {}, 'Dead letters'),
      table('Payloads that could not be normalized, newest first', [
        { title: 'When', cell: (r) => formatInstant(r.dead_lettered_at) },
        { title: 'Source', cell: (r) => r.source },
        { title: 'Payload', cell: (r) => r.payload_id },
        { title: 'Reason', cell: (r) => r.reason },
        { title: 'Size', cell: (r) => `${r.size} B` },
      ], deadLetters.items, { id: 'dead-letters' }),
      el('h2', {}, 'Outbox'),
      kpis(Object.entries(outbox.counts).map(([state, count]) => ({ name: label(state), value: String(count), tone: state === 'dead' && count ? 'bad' : '' }))),
      table('The latest outbox messages, newest first', [
        { title: 'Created', cell: (r) => formatInstant(r.created_at) },
        { title: 'Kind', cell: (r) => label(r.kind) },
        { title: 'Channel', cell: (r) => label(r.channel) },
        { title: 'To', cell: (r) => r.recipient },
        { title: 'Subject', cell: (r) => (r.ticket_id ? el('a', { href: `/tickets/${encodeURIComponent(r.ticket_id)}` }, r.subject) : r.subject) },
        { title: 'Status', cell: (r) => label(r.status) },
        { title: 'Attempts', cell: (r) => String(r.attempts) },
        { title: 'Not before', cell: (r) => formatInstant(r.not_before) },
      ], outbox.page.items, { id: 'outbox' }));
  } catch (e) {
    showError(error, e);
  } finally {
    section.dataset.loaded = 'true';
  }
}

function reset() {
  section.querySelectorAll('.kpis, .ops-tables').forEach((n) => n.remove());
}

const picker = periodPicker((period) => { reset(); load(period); });
section.prepend(picker);
load(picker.querySelector('select').value);
