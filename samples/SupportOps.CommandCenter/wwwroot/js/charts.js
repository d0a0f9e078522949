// Chart.js (vendored, global `Chart`) with drill-down: every point links to the tickets behind it.
// Each chart also gets its data as a table (for screen readers and for reading exact values).
import { el } from './dom.js';

const palette = ['#0b57d0', '#b3261e', '#1e6b34', '#7a4a00', '#6b3fa0', '#00696f', '#8c1d62', '#3d4f63'];

/**
 * Creates a chart card in `container`.
 * @param {HTMLElement} container where the card goes
 * @param {object} spec { id, title, type ('bar'|'line'|'doughnut'), labels: string[], series: [{ label, data: number[], color? }],
 *   drill: (seriesIndex, pointIndex) => url|null, format?: (value) => string, stacked?: bool, yMax?: number, description? }
 */
export function chartCard(container, spec) {
  const canvas = el('canvas', { id: `chart-${spec.id}`, role: 'img', 'aria-label': `${spec.title}. Click a point to open the tickets behind it; the data is in the table below.` });
  const format = spec.format ?? ((v) => String(v));
  const table = el('table', { class: 'chart-data' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, spec.labelTitle ?? ''), spec.series.map((s) => el('th', { scope: 'col' }, s.label)))),
    el('tbody', {}, spec.labels.map((label, i) => el('tr', {},
      el('th', { scope: 'row' }, label),
      spec.series.map((s, si) => {
        const url = spec.drill?.(si, i);
        const text = s.data[i] === null || s.data[i] === undefined ? '—' : format(s.data[i]);
        return el('td', {}, url ? el('a', { href: url }, text) : text);
      })))));
  const card = el('section', { class: 'card chart-card', 'data-chart': spec.id, 'aria-labelledby': `chart-title-${spec.id}` },
    el('h2', { id: `chart-title-${spec.id}` }, spec.title),
    spec.description ? el('p', { class: 'muted small' }, spec.description) : null,
    el('div', { class: 'chart-box' }, canvas),
    el('details', {}, el('summary', {}, 'Show the data'), table));
  container.append(card);

  if (typeof window.Chart !== 'function') {
    canvas.replaceWith(el('p', { class: 'muted' }, 'Charts are unavailable; the data is in the table below.'));
    return null;
  }
  const doughnut = spec.type === 'doughnut';
  const chart = new window.Chart(canvas, {
    type: spec.type ?? 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.data,
        backgroundColor: doughnut ? spec.labels.map((_, j) => palette[j % palette.length]) : (s.color ?? palette[i % palette.length]),
        borderColor: doughnut ? '#fff' : (s.color ?? palette[i % palette.length]),
        tension: 0.25,
        fill: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: doughnut ? 'nearest' : 'index', intersect: doughnut },
      scales: doughnut ? {} : {
        x: { stacked: !!spec.stacked },
        y: { stacked: !!spec.stacked, beginAtZero: true, max: spec.yMax, ticks: { callback: (v) => format(v) } },
      },
      plugins: {
        legend: { display: spec.series.length > 1 || doughnut },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${format(ctx.raw)}`, footer: () => (spec.drill ? 'Click to open the tickets' : '') } },
      },
      onHover: (event, elements) => { event.native.target.style.cursor = elements.length && spec.drill ? 'pointer' : 'default'; },
      onClick: (event, elements) => {
        if (!spec.drill) {
          return;
        }
        const hit = chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: true }, true)[0] ?? elements[0];
        if (!hit) {
          return;
        }
        const url = spec.drill(hit.datasetIndex, hit.index);
        if (url) {
          window.location.assign(url);
        }
      },
    },
  });
  canvas.dataset.ready = 'true';
  return chart;
}

/** Formats a ratio 0..1 as a percentage. */
export const percent = (v) => (v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`);
