// Team lead dashboard: workload per agent (capacity used per channel, occupancy, ticket age, SLA % met),
// per team, and the rebalancing suggestions.
import { getJson } from '../api.js';
import { el, clear, showError } from '../dom.js';
import { label, formatInstant } from '../format.js';
import { chartCard } from '../charts.js';
import { kpis, table, fixed, pct } from './common.js';

const root = document.getElementById('dashboard-body');
const section = document.getElementById('dashboard');
const error = document.getElementById('dashboard-error');
const openStatuses = 'new,open,pending_customer,on_hold';

async function load() {
  section.dataset.loaded = 'false';
  try {
    const report = await getJson('/api/v1/workload');
    const agents = report.agents;
    const charts = clear(root);
    root.before(kpis(report.teams.map((t) => ({
      name: `Team ${t.team}: ${t.open_assigned} open of ${t.capacity} capacity`,
      value: t.utilization === null ? '—' : `${Math.round(t.utilization * 100)}% used`,
      hint: `SLA met ${pct(t.sla.attainment_percent)} · median age ${fixed(t.ticket_age.median_hours)} h`,
    }))));
    const channels = [...new Set(agents.flatMap((a) => Object.keys(a.open_by_channel)))].sort();
    chartCard(charts, {
      id: 'capacity', title: 'Open tickets per agent and channel (vs. capacity)', type: 'bar', stacked: true, labelTitle: 'Agent',
      labels: agents.map((a) => a.display_name),
      series: channels.map((c) => ({ label: label(c), data: agents.map((a) => a.open_by_channel[c] ?? 0) })),
      drill: (s, i) => `/inbox?${new URLSearchParams({ assignee: agents[i].agent_id, channel: channels[s], status: openStatuses })}`,
    });
    chartCard(charts, {
      id: 'sla-per-agent', title: 'SLA % met per agent', type: 'bar', labelTitle: 'Agent', yMax: 100,
      labels: agents.map((a) => a.display_name),
      series: [{ label: 'SLA % met', data: agents.map((a) => a.sla.attainment_percent), color: '#1e6b34' }],
      format: (v) => (v === null || v === undefined ? '—' : `${Math.round(v)}%`),
      drill: (s, i) => `/inbox?${new URLSearchParams({ assignee: agents[i].agent_id, breached: 'true' })}`,
      description: 'Click an agent to see their breached tickets.',
    });
    root.after(el('div', { class: 'workload-tables' },
      table('Workload per agent', [
        { title: 'Agent', cell: (a) => el('a', { href: `/inbox?${new URLSearchParams({ assignee: a.agent_id, status: openStatuses })}` }, `${a.display_name}${a.is_team_lead ? ' (lead)' : ''}`) },
        { title: 'Team', cell: (a) => a.team },
        { title: 'Status', cell: (a) => `${label(a.status)}${a.on_shift ? ', on shift' : ', off shift'}` },
        { title: 'Open / capacity', cell: (a) => `${a.open_assigned} / ${a.capacity}` },
        { title: 'Used', cell: (a) => (a.utilization === null ? '—' : el('span', { class: a.utilization > 1 ? 'error-text' : '' }, `${Math.round(a.utilization * 100)}%`)) },
        { title: 'Per channel', cell: (a) => Object.entries(a.utilization_by_channel).map(([c, u]) => `${label(c)} ${Math.round(u * 100)}%`).join(', ') || '—' },
        { title: 'Occupancy', cell: (a) => (a.occupancy === null ? '—' : `${Math.round(a.occupancy * 100)}%`) },
        { title: 'Median / oldest age', cell: (a) => `${fixed(a.ticket_age.median_hours)} h / ${fixed(a.ticket_age.oldest_hours)} h` },
        { title: 'SLA % met', cell: (a) => pct(a.sla.attainment_percent) },
      ], agents, { id: 'agents' }),
      el('h2', {}, 'Rebalancing suggestions'),
      table('Moves that bring urgent tickets from overloaded or absent agents to agents with room', [
        { title: 'Ticket', cell: (s) => el('a', { href: `/tickets/${encodeURIComponent(s.ticket_id)}` }, s.ticket_id) },
        { title: 'From', cell: (s) => s.from },
        { title: 'To', cell: (s) => s.to },
        { title: 'Channel', cell: (s) => label(s.channel) },
        { title: 'Due', cell: (s) => formatInstant(s.due) || '—' },
        { title: 'Why', cell: (s) => s.reason },
      ], report.suggestions, { id: 'suggestions' })));
  } catch (e) {
    showError(error, e);
  } finally {
    section.dataset.loaded = 'true';
  }
}

load();
