// Shared pieces of the role dashboards: the period picker, KPI tiles, drill-down links, tables.
import { el } from '../dom.js';

/** The inbox URL that lists the tickets behind a dashboard point (its drilldown API URL). */
export function drillUrl(apiUrl) {
  return apiUrl ? `/inbox?drilldown=${encodeURIComponent(apiUrl)}` : null;
}

/** A period select bound to the URL's `period` parameter. */
export function periodPicker(onChange) {
  const params = new URLSearchParams(window.location.search);
  const select = el('select', { id: 'period' },
    [['last_7_days', 'Last 7 days'], ['last_30_days', 'Last 30 days'], ['last_90_days', 'Last 90 days']]
      .map(([value, text]) => el('option', { value }, text)));
  select.value = params.get('period') ?? 'last_7_days';
  select.addEventListener('change', () => {
    params.set('period', select.value);
    history.replaceState(null, '', `${window.location.pathname}?${params}`);
    onChange(select.value);
  });
  return el('div', { class: 'field narrow' }, el('label', { for: 'period' }, 'Period'), select);
}

/** KPI tiles: [{ name, value, hint?, href?, tone? }]. */
export function kpis(items) {
  return el('ul', { class: 'kpis' }, items.map((k) => el('li', { class: k.tone ?? '' },
    el('span', { class: 'value' }, k.href ? el('a', { href: k.href }, k.value) : k.value),
    el('span', { class: 'name' }, k.name),
    k.hint ? el('span', { class: 'small muted' }, k.hint) : null)));
}

/** A simple table: columns [{ title, cell: (row) => node|string }]. */
export function table(caption, columns, rows, attributes = {}) {
  return el('div', { class: 'table-wrap' }, el('table', attributes,
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c.title)))),
    el('tbody', {}, rows.length ? rows.map((r) => el('tr', {}, columns.map((c) => el('td', {}, c.cell(r)))))
      : el('tr', {}, el('td', { colspan: columns.length, class: 'muted' }, 'Nothing to show.')))));
}

export const fixed = (v, digits = 1) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits));
export const pct = (v) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(1)}%`);
