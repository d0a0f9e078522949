// Renders /openapi/v1.json as a readable list of endpoints, grouped by tag.
import { getJson } from './api.js';
import { el, showError } from './dom.js';

const root = document.getElementById('api-reference');
const filter = document.getElementById('api-filter');
const methods = ['get', 'post', 'put', 'patch', 'delete'];

function schemaText(schema, document) {
  if (!schema) {
    return '';
  }
  if (schema.$ref) {
    return schema.$ref.split('/').pop();
  }
  if (schema.type === 'array') {
    return `${schemaText(schema.items, document)}[]`;
  }
  const type = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null').join('|') : schema.type;
  return [type, schema.format].filter(Boolean).join(' ') || 'object';
}

function operationView(path, method, op, doc) {
  const parameters = op.parameters ?? [];
  const body = op.requestBody?.content;
  const responses = Object.entries(op.responses ?? {});
  const item = el('details', { class: 'endpoint', 'data-search': `${method} ${path} ${(op.tags ?? []).join(' ')} ${op.summary ?? ''}`.toLowerCase() },
    el('summary', {},
      el('span', { class: `method method-${method}` }, method.toUpperCase()), ' ',
      el('code', {}, path), ' ',
      el('span', { class: 'muted' }, op.summary ?? '')),
    op.description ? el('p', {}, op.description) : null,
    op.operationId ? el('p', { class: 'small muted' }, `Operation: ${op.operationId}`) : null,
    parameters.length ? el('table', { class: 'params' },
      el('caption', {}, 'Parameters'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'In'), el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'Required'))),
      el('tbody', {}, parameters.map((p) => el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in), el('td', {}, schemaText(p.schema, doc)), el('td', {}, p.required ? 'yes' : 'no'))))) : null,
    body ? el('p', {}, 'Request body: ', Object.entries(body).map(([type, c]) => `${type} (${schemaText(c.schema, doc)})`).join(', ')) : null,
    responses.length ? el('ul', { class: 'responses' }, responses.map(([code, r]) =>
      el('li', {}, el('strong', {}, code), ` ${r.description ?? ''}`, r.content ? ` — ${Object.keys(r.content).join(', ')}` : ''))) : null);
  return item;
}

async function load() {
  try {
    const doc = await getJson('/openapi/v1.json');
    const groups = new Map();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of methods) {
        const op = item[method];
        if (!op) {
          continue;
        }
        const tag = op.tags?.[0] ?? 'Other';
        if (!groups.has(tag)) {
          groups.set(tag, []);
        }
        groups.get(tag).push(operationView(path, method, op, doc));
      }
    }
    const count = [...groups.values()].reduce((n, g) => n + g.length, 0);
    root.append(el('p', { class: 'muted' }, `${doc.info?.title ?? 'API'} ${doc.info?.version ?? ''}: ${count} endpoints.`));
    for (const [tag, items] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      root.append(el('section', { class: 'api-group' }, el('h2', {}, tag), items));
    }
    root.setAttribute('aria-busy', 'false');
  } catch (e) {
    showError(document.getElementById('api-error'), e);
  }
}

filter.addEventListener('input', () => {
  const text = filter.value.trim().toLowerCase();
  for (const item of root.querySelectorAll('.endpoint')) {
    item.hidden = text !== '' && !item.dataset.search.includes(text);
  }
});

load();
