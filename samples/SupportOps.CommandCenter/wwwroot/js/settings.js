// Admin settings: JSON editors for calendars, SLA policies and the routing policy, with the server's
// validation errors and linter findings, and a dry run of a candidate routing policy on recent tickets.
import { getJson, postJson, putJson, query } from './api.js';
import { el, clear } from './dom.js';
import { formatInstant } from './format.js';

const kindSelect = document.getElementById('settings-kind');
const editor = document.getElementById('settings-json');
const version = document.getElementById('settings-version');
const result = document.getElementById('settings-result');
const dryRunGroup = document.getElementById('dry-run-group');
const section = document.getElementById('settings');

function findingsList(findings) {
  if (!findings?.length) {
    return el('p', { class: 'ok-text' }, 'The linter found nothing.');
  }
  return el('ul', { class: 'findings', 'aria-label': 'Linter findings' }, findings.map((f) =>
    el('li', { class: f.severity, 'data-code': f.code },
      el('strong', {}, `${f.code} ${f.severity}`), `: ${f.message}`, f.rule_ids?.length ? ` (rules ${f.rule_ids.join(', ')})` : '')));
}

function errorsView(error) {
  const problem = error.problem ?? {};
  const items = Object.entries(problem.errors ?? {}).map(([field, messages]) => el('li', { class: 'error' }, el('strong', {}, field || 'document'), `: ${[].concat(messages).join(' ')}`));
  return el('div', { class: 'settings-errors', role: 'alert' },
    el('p', { class: 'error' }, problem.title ?? 'Not saved', problem.detail ? ` — ${problem.detail}` : ''),
    items.length ? el('ul', { class: 'findings' }, items) : null,
    problem.findings ? findingsList(problem.findings) : null);
}

// Parses the editor's text; shows where the JSON is broken instead of sending it.
function parseEditor() {
  try {
    return JSON.parse(editor.value);
  } catch (e) {
    clear(result).append(el('p', { class: 'error', role: 'alert' }, `The text is not valid JSON: ${e.message}`));
    editor.focus();
    return undefined;
  }
}

async function load() {
  const kind = kindSelect.value;
  dryRunGroup.hidden = kind !== 'routing-policy';
  clear(result);
  section.dataset.loaded = 'false';
  try {
    const view = await getJson(`/api/v1/settings/${kind}`);
    editor.value = JSON.stringify(view.document, null, 2);
    version.textContent = view.version === 0 ? 'Version 0 (built-in default)' : `Version ${view.version}, saved ${formatInstant(view.saved_at)} by ${view.saved_by}`;
  } catch (e) {
    clear(result).append(errorsView(e));
  } finally {
    section.dataset.loaded = 'true';
  }
}

document.getElementById('settings-format').addEventListener('click', () => {
  const doc = parseEditor();
  if (doc !== undefined) {
    editor.value = JSON.stringify(doc, null, 2);
  }
});

document.getElementById('settings-dry-run').addEventListener('click', async () => {
  const candidate = parseEditor();
  if (candidate === undefined) {
    return;
  }
  clear(result).append(el('p', { class: 'muted' }, 'Replaying recent tickets…'));
  try {
    const days = document.getElementById('dry-run-days').value;
    const run = await postJson(`/api/v1/settings/routing-policy/dry-run${query({ days })}`, candidate);
    const targets = [...new Set([...Object.keys(run.active_distribution), ...Object.keys(run.candidate_distribution)])].sort();
    clear(result).append(el('div', { id: 'dry-run-result' },
      el('h3', {}, `Dry run: ${run.changed} of ${run.tickets} tickets since ${formatInstant(run.from)} would be routed differently`),
      el('p', { class: 'muted' }, `Active policy ${run.active_version} → candidate ${run.candidate_version}. Nothing was saved.`),
      findingsList(run.findings),
      el('table', {},
        el('caption', {}, 'Tickets per target'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Target'), el('th', { scope: 'col' }, 'Active'), el('th', { scope: 'col' }, 'Candidate'))),
        el('tbody', {}, targets.map((t) => el('tr', {}, el('th', { scope: 'row' }, t), el('td', {}, run.active_distribution[t] ?? 0), el('td', {}, run.candidate_distribution[t] ?? 0))))),
      run.changes.length ? el('table', {},
        el('caption', {}, 'Changed decisions'),
        el('thead', {}, el('tr', {}, ['Ticket', 'From', 'To', 'Rule before', 'Rule after'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, run.changes.map((c) => el('tr', {},
          el('td', {}, el('a', { href: `/tickets/${encodeURIComponent(c.ticket_id)}` }, c.ticket_id)),
          el('td', {}, c.from), el('td', {}, c.to), el('td', {}, c.from_rule ?? 'fallback'), el('td', {}, c.to_rule ?? 'fallback'))))) : null));
  } catch (e) {
    clear(result).append(errorsView(e));
  }
});

document.getElementById('settings-save').addEventListener('click', async () => {
  const doc = parseEditor();
  if (doc === undefined) {
    return;
  }
  try {
    const saved = await putJson(`/api/v1/settings/${kindSelect.value}`, doc);
    version.textContent = `Version ${saved.settings.version}, saved ${formatInstant(saved.settings.saved_at)} by ${saved.settings.saved_by}`;
    clear(result).append(el('p', { class: 'ok-text', id: 'save-result' }, `Saved version ${saved.settings.version}; it is in use now.`), findingsList(saved.findings));
  } catch (e) {
    clear(result).append(errorsView(e));
  }
});

kindSelect.addEventListener('change', load);
load();
