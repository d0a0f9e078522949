// Ticket detail, routing: the latest decision with the alternatives it rejected, the override in
// force, and (for team leads, ops managers and admins) route / dry run / override / clear override.
import { getJson, postJson, deleteJson, query } from './api.js';
import { el, clear, toast } from './dom.js';
import { label, formatInstant, serverNow } from './format.js';

function decisionView(decision, { dryRun = false } = {}) {
  return el('div', { class: 'decision', 'data-decision': decision.decision_id },
    el('p', {},
      el('strong', {}, dryRun ? 'Would route to ' : 'Routed to '),
      el('span', { 'data-testid': 'route-target' }, `${decision.target_kind} ${decision.target_id}`),
      decision.assignee_id ? ` — assignee ${decision.assignee_id}` : ' — waits in the queue',
      ` in queue ${decision.queue}`),
    el('p', { class: 'small muted' },
      decision.override_id ? `Decided by override ${decision.override_id}` : decision.rule_id ? `Rule ${decision.rule_id}` : 'No rule matched (fallback)',
      ` · policy ${decision.policy_version}`,
      decision.decided_at ? ` · ${formatInstant(decision.decided_at)}` : ' · dry run, nothing stored'),
    decision.reason_codes.length ? el('p', {}, 'Why: ', decision.reason_codes.map(label).join(' → ')) : null,
    decision.alternatives.length ? el('table', { class: 'alternatives' },
      el('caption', {}, `Rejected alternatives${decision.alternatives_omitted ? ` (${decision.alternatives_omitted} more not shown)` : ''}`),
      el('thead', {}, el('tr', {}, ['Kind', 'Alternative', 'Rejected because', 'Failed conditions'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, decision.alternatives.map((a) => el('tr', {},
        el('td', {}, label(a.kind)), el('td', {}, a.id), el('td', {}, label(a.reason)), el('td', {}, a.failed_conditions.map(label).join(', ') || '—'))))) : el('p', { class: 'muted small' }, 'No alternatives were rejected.'));
}

function overrideView(override, { canManage, onClear }) {
  return el('div', { class: 'override', 'data-override': override.override_id },
    el('p', {}, el('strong', {}, 'Override in force: '), `${label(override.kind)} → ${override.target}`,
      ` by ${override.applied_by} at ${formatInstant(override.applied_at)}`, override.expires_at ? `, until ${formatInstant(override.expires_at)}` : ', until cleared'),
    el('p', {}, `Reason: ${override.reason}`),
    canManage ? el('form', { class: 'toolbar', onsubmit: (event) => { event.preventDefault(); onClear(event.target.reason.value.trim(), event.target); } },
      el('label', { for: 'clear-reason' }, 'Reason to clear'),
      el('input', { id: 'clear-reason', name: 'reason', type: 'text', maxlength: 500, required: true }),
      el('button', { type: 'submit', class: 'secondary' }, 'Clear override')) : null);
}

function overrideForm(agents, queues, onSubmit) {
  const form = el('form', { id: 'override-form', class: 'override-form', novalidate: true },
    el('h3', {}, 'Override routing'),
    el('div', { class: 'field' }, el('label', { for: 'override-kind' }, 'Action'),
      el('select', { id: 'override-kind', name: 'kind' },
        el('option', { value: 'reassign_to_agent' }, 'Reassign to an agent'),
        el('option', { value: 'escalate_to_queue' }, 'Escalate to a queue'))),
    el('div', { class: 'field' }, el('label', { for: 'override-target' }, 'Target'), el('select', { id: 'override-target', name: 'target' })),
    el('div', { class: 'field' }, el('label', { for: 'override-reason' }, 'Reason (required, audited)'),
      el('textarea', { id: 'override-reason', name: 'reason', rows: 2, maxlength: 500, required: true })),
    el('div', { class: 'field' }, el('label', { for: 'override-expiry' }, 'Applies'),
      el('select', { id: 'override-expiry', name: 'expiry' },
        el('option', { value: '' }, 'until cleared'),
        el('option', { value: '4' }, 'for 4 hours'),
        el('option', { value: '24' }, 'for 24 hours'))),
    el('p', { id: 'override-error', class: 'error', role: 'alert', hidden: true }),
    el('button', { type: 'submit', class: 'primary' }, 'Apply override'));
  const fillTargets = () => {
    const list = form.kind.value === 'reassign_to_agent' ? agents : queues;
    clear(form.target).append(...list.map(([value, text]) => el('option', { value }, text)));
  };
  form.kind.addEventListener('change', fillTargets);
  fillTargets();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = form.querySelector('#override-error');
    error.hidden = true;
    const reason = form.reason.value.trim();
    if (!reason) {
      error.textContent = 'A reason is required to override routing.';
      error.hidden = false;
      form.reason.focus();
      return;
    }
    const hours = Number(form.expiry.value || 0);
    const expiresAt = hours ? new Date(Math.floor(serverNow() / 1000) * 1000 + hours * 3600 * 1000).toISOString().replace('.000Z', 'Z') : null;
    try {
      await onSubmit({ kind: form.kind.value, target: form.target.value, reason, expires_at: expiresAt });
      form.reset();
      fillTargets();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  });
  return form;
}

/** Renders the routing card; `reload` re-reads the whole ticket after a change. */
export async function renderRouting(container, ticketId, { canManage, agents, queues, reload }) {
  const base = `/api/v1/tickets/${encodeURIComponent(ticketId)}/route`;
  const body = clear(container);
  body.dataset.loaded = 'false';
  let routing = null;
  try {
    routing = await getJson(base);
  } catch (e) {
    if (e.status !== 404) {
      body.append(el('p', { class: 'error', role: 'alert' }, e.message));
      body.dataset.loaded = 'true';
      return;
    }
    body.append(el('p', { class: 'muted' }, e.problem?.title === 'No routing decision' ? 'Not routed yet.' : e.message));
  }
  if (routing) {
    body.append(decisionView(routing.decision));
    if (routing.active_override) {
      body.append(overrideView(routing.active_override, {
        canManage,
        onClear: async (reason, form) => {
          if (!reason) {
            form.reason.focus();
            toast('A reason is required to clear an override.');
            return;
          }
          try {
            await deleteJson(`${base}/override${query({ reason })}`);
            toast('Override cleared; the ticket was routed again.');
            await reload();
          } catch (e) {
            toast(e.message);
          }
        },
      }));
    }
  }
  if (canManage) {
    const preview = el('div', { id: 'route-preview' });
    body.append(
      el('div', { class: 'toolbar' },
        el('button', { type: 'button', class: 'secondary', onclick: async () => {
          try {
            const result = await postJson(base);
            toast(result.repeat ? 'Same inputs and policy as the last decision: nothing changed.' : `Routed to ${result.decision.target_kind} ${result.decision.target_id}.`);
            await reload();
          } catch (e) {
            toast(e.message);
          }
        } }, 'Route now'),
        el('button', { type: 'button', class: 'secondary', onclick: async () => {
          try {
            const decision = await postJson(`${base}/dry-run`);
            clear(preview).append(decisionView(decision.decision ?? decision, { dryRun: true }));
          } catch (e) {
            clear(preview).append(el('p', { class: 'error', role: 'alert' }, e.message));
          }
        } }, 'Dry run')),
      preview,
      overrideForm(agents, queues, async (request) => {
        const result = await postJson(`${base}/override`, request);
        toast(`Override applied: routed to ${result.decision.target_kind} ${result.decision.target_id}.`);
        await reload();
      }));
  }
  body.dataset.loaded = 'true';
}
