// Ticket detail, AI summary: the latest version, every earlier version, and regenerate.
import { getJson, postJson } from './api.js';
import { el, clear, toast } from './dom.js';
import { label, formatInstant } from './format.js';

function summaryView(summary) {
  const pct = (v) => `${Math.round(v * 100)}%`;
  return el('div', { class: 'summary', 'data-version': summary.version },
    el('p', { class: 'summary-text' }, summary.summary),
    el('p', { class: 'small muted' },
      `Version ${summary.version} · ${formatInstant(summary.generated_at)} · ${summary.provider}/${summary.model} (prompt ${summary.prompt_version})`,
      summary.fallback_used ? ` · fallback: ${summary.fallback_reason ?? 'yes'}` : ''),
    el('p', {}, el('strong', {}, 'Sentiment: '), `${label(summary.sentiment.label)} (${summary.sentiment.score.toFixed(2)})`,
      el('strong', {}, ' · Response: '), label(summary.response_type),
      summary.escalation_reason ? [el('strong', {}, ' · Escalation: '), label(summary.escalation_reason)] : null),
    summary.next_actions.length ? el('div', {}, el('strong', {}, 'Suggested next actions'),
      el('ol', {}, summary.next_actions.map((a) => el('li', {}, el('strong', {}, label(a.action)), ` — ${a.rationale} (${pct(a.confidence)})`)))) : null,
    summary.entities.length ? el('p', { class: 'small' }, el('strong', {}, 'Entities: '),
      summary.entities.map((e) => `${label(e.type)} ${e.value}`).join(' · ')) : null);
}

/** Renders the summary card; regenerating needs the tickets.write policy. */
export async function renderSummary(container, ticketId, { canWrite }) {
  const base = `/api/v1/tickets/${encodeURIComponent(ticketId)}/summary`;
  const body = clear(container);
  body.dataset.loaded = 'false';
  const current = el('div', { id: 'summary-current' });
  const history = el('details', { id: 'summary-history' }, el('summary', {}, 'Earlier versions'));
  body.append(current);

  async function refresh() {
    try {
      const all = await getJson(`${base}/history`);
      clear(current);
      if (!all.versions.length) {
        current.append(el('p', { class: 'muted' }, 'No summary yet.'));
      } else {
        current.append(summaryView(all.versions[0]));
      }
      history.replaceChildren(el('summary', {}, `Earlier versions (${Math.max(0, all.versions.length - 1)})`),
        ...all.versions.slice(1).map((v) => el('div', { class: 'summary-old' }, summaryView(v))));
    } catch (e) {
      clear(current).append(el('p', { class: e.status === 404 ? 'muted' : 'error' }, e.status === 404 ? 'No summary yet.' : e.message));
    }
  }

  await refresh();
  body.append(history);
  if (canWrite) {
    const regenerate = async (force) => {
      try {
        const result = await postJson(`${base}/regenerate${force ? '?force=true' : ''}`);
        toast(result.created ? `Summary version ${result.summary.version} generated.` : `Nothing changed since version ${result.summary.version}; use "Regenerate anyway" to force a new version.`);
        await refresh();
      } catch (e) {
        toast(e.message);
      }
    };
    body.append(el('div', { class: 'toolbar' },
      el('button', { type: 'button', class: 'secondary', id: 'summary-regenerate', onclick: () => regenerate(false) }, 'Regenerate'),
      el('button', { type: 'button', class: 'secondary', id: 'summary-force', onclick: () => regenerate(true) }, 'Regenerate anyway')));
  }
  body.dataset.loaded = 'true';
}
