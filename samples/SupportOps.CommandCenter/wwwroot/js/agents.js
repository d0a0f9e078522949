// The agent roster for pickers, from GET /api/v1/agents (the Agents table), never a list baked into a
// page: an agent added to the roster appears in every picker on the next page load.
import { getJson } from './api.js';
import { el } from './dom.js';

let roster;

/** The agents, in the API's (id) order; fetched once per page. */
export function loadAgents() {
  roster ??= getJson('/api/v1/agents');
  return roster;
}

const formats = {
  name: (a) => a.display_name,
  'name-id': (a) => `${a.display_name} (${a.agent_id})`,
};

/**
 * Fills every <select data-agent-picker="name|name-id"> on the page with one option per agent, after
 * the options the markup already has (Anyone, Me, Unassigned). Keeps the selected value.
 */
export async function fillAgentPickers(root = document) {
  const pickers = [...root.querySelectorAll('select[data-agent-picker]')];
  if (pickers.length === 0) {
    return;
  }
  const agents = await loadAgents();
  for (const select of pickers) {
    const format = formats[select.dataset.agentPicker] ?? formats.name;
    const value = select.value;
    for (const option of [...select.querySelectorAll('option[data-agent]')]) {
      option.remove();
    }
    select.append(...agents.map((a) => el('option', { value: a.agent_id, 'data-agent': true }, format(a))));
    select.value = value;
    select.dataset.agentsLoaded = 'true';
  }
}
