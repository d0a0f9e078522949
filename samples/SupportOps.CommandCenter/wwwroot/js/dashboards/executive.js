// Executive dashboard: the health report's headline figures with their change, the narrative, trend
// charts that drill down to the tickets, and the report's exports (PDF, CSV, Markdown).
import { getJson, query } from '../api.js';
import { el, clear, showError } from '../dom.js';
import { label } from '../format.js';
import { chartCard } from '../charts.js';
import { drillUrl, periodPicker, kpis } from './common.js';

const root = document.getElementById('dashboard-body');
const section = document.getElementById('dashboard');
const error = document.getElementById('dashboard-error');

function figureValue(f) {
  if (f.current === null || f.current === undefined) {
    return '—';
  }
  switch (f.unit) {
    case 'percent':
      return `${f.current.toFixed(1)}%`;
    case 'hours':
      return `${f.current.toFixed(1)} h`;
    default:
      return String(Math.round(f.current * 10) / 10);
  }
}

function figureChange(f) {
  if (f.change === null || f.change === undefined) {
    return 'no comparison';
  }
  const arrow = f.change > 0 ? '▲' : f.change < 0 ? '▼' : '■';
  const unit = f.unit === 'percent' ? ' pp' : f.unit === 'hours' ? ' h' : '';
  return `${arrow} ${f.change > 0 ? '+' : ''}${Math.round(f.change * 10) / 10}${unit} vs previous (${label(f.trend)})`;
}

function exports(period) {
  return el('div', { class: 'toolbar', role: 'group', 'aria-label': 'Export the report' },
    el('strong', {}, 'Export:'),
    el('a', { class: 'button', href: `/api/v1/reports/executive.pdf${query({ period })}`, download: true, id: 'export-pdf' }, 'PDF'),
    el('a', { class: 'button', href: `/api/v1/reports/executive.csv${query({ period })}`, download: true, id: 'export-csv' }, 'CSV'),
    el('a', { class: 'button', href: `/api/v1/reports/executive.md${query({ period })}`, download: true, id: 'export-md' }, 'Markdown'));
}

async function load(period) {
  section.dataset.loaded = 'false';
  error.hidden = true;
  section.querySelectorAll('.kpis, .narrative, .toolbar').forEach((n) => n.remove());
  const charts = clear(root);
  try {
    const dash = await getJson(`/api/v1/dashboards/executive${query({ period })}`);
    const days = dash.series.map((d) => d.day);
    root.before(
      exports(period),
      kpis(dash.figures.map((f) => ({ name: f.name, value: figureValue(f), hint: figureChange(f), tone: f.flagged ? (f.trend === 'worsened' ? 'bad' : 'flagged') : '' }))),
      el('section', { class: 'card narrative', 'aria-labelledby': 'h-narrative' },
        el('h2', { id: 'h-narrative' }, `The period ${dash.from} to ${dash.to}`),
        dash.narrative.map((s) => el('p', {}, s.text))));
    chartCard(charts, {
      id: 'exec-volume', title: 'Tickets created and solved per day', type: 'line', labelTitle: 'Day', labels: days,
      series: [{ label: 'Created', data: dash.series.map((d) => d.created) }, { label: 'Solved', data: dash.series.map((d) => d.solved), color: '#1e6b34' }],
      drill: (s, i) => drillUrl(dash.series[i].drilldown[s === 0 ? 'created' : 'solved']),
    });
    chartCard(charts, {
      id: 'exec-sla', title: 'SLA attainment per day', type: 'line', labelTitle: 'Day', labels: days, yMax: 100,
      series: [{ label: 'Attainment %', data: dash.series.map((d) => d.sla_attainment), color: '#0b57d0' }],
      format: (v) => (v === null || v === undefined ? '—' : `${Math.round(v)}%`),
      drill: (s, i) => drillUrl(dash.series[i].drilldown.sla_breached),
      description: 'Click a day to see its breaches.',
    });
    chartCard(charts, {
      id: 'exec-backlog', title: 'Open backlog at the end of each day', type: 'bar', labelTitle: 'Day', labels: days,
      series: [{ label: 'Backlog', data: dash.series.map((d) => d.backlog), color: '#7a4a00' }],
      drill: (s, i) => drillUrl(dash.series[i].drilldown.backlog),
    });
    chartCard(charts, {
      id: 'exec-timers', title: 'SLA attainment per timer', type: 'bar', stacked: true, labelTitle: 'Timer',
      labels: dash.sla_attainment.map((t) => label(t.timer)),
      series: [{ label: 'Met', data: dash.sla_attainment.map((t) => t.met), color: '#1e6b34' }, { label: 'Breached', data: dash.sla_attainment.map((t) => t.breached), color: '#b3261e' }],
      drill: (s, i) => drillUrl(dash.sla_attainment[i].drilldown[s === 0 ? 'sla_met' : 'sla_breached']),
    });
  } catch (e) {
    showError(error, e);
  } finally {
    section.dataset.loaded = 'true';
  }
}

const picker = periodPicker(load);
section.prepend(picker);
load(picker.querySelector('select').value);
