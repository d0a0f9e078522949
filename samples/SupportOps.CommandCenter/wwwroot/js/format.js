// Formatting shared by every page: the server's clock, SLA countdowns, risk badges and wire names.
import { el } from './dom.js';

// The server renders its injected clock into <meta name="supportops-now">; countdowns tick from it,
// so they agree with the server (and with a test's fake clock) whatever the browser's clock says.
const serverStart = Date.parse(document.querySelector('meta[name="supportops-now"]')?.content ?? '') || Date.now();
const loadedAt = performance.now();

/** The server's current time in milliseconds since the Unix epoch. */
export function serverNow() {
  return serverStart + (performance.now() - loadedAt);
}

/** Formats a signed number of seconds as a countdown: "2h 05m", "-1d 3h" once breached. */
export function formatCountdown(seconds) {
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.floor(Math.abs(seconds));
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = rest - minutes * 60;
  const pad = (n) => String(n).padStart(2, '0');
  if (days > 0) {
    return `${sign}${days}d ${hours}h`;
  }
  if (hours > 0) {
    return `${sign}${hours}h ${pad(minutes)}m`;
  }
  return `${sign}${minutes}m ${pad(secs)}s`;
}

/** Formats a duration in seconds without a sign: "4h 00m". */
export function formatDuration(seconds) {
  return formatCountdown(Math.abs(seconds));
}

/** A live SLA countdown to an ISO instant; negative and red once breached. */
export function countdown(dueIso, timerKind) {
  if (!dueIso) {
    return el('span', { class: 'countdown none' }, 'no running timer');
  }
  const span = el('span', { class: 'countdown', 'data-due': dueIso, title: `${label(timerKind)} due ${formatInstant(dueIso)}` });
  updateCountdown(span);
  return span;
}

function updateCountdown(span) {
  const remaining = (Date.parse(span.dataset.due) - serverNow()) / 1000;
  span.textContent = formatCountdown(remaining);
  span.classList.toggle('breached', remaining < 0);
  span.classList.toggle('soon', remaining >= 0 && remaining < 3600);
  span.setAttribute('aria-label', remaining < 0 ? `breached ${formatDuration(remaining)} ago` : `${formatDuration(remaining)} left`);
}

setInterval(() => document.querySelectorAll('.countdown[data-due]').forEach(updateCountdown), 1000);

const reasonText = {
  ALREADY_BREACHED: 'SLA already breached',
  SLA_TIME_ELAPSED: 'Most of the SLA time used',
  AGENT_LOAD_HIGH: 'Assignee overloaded',
  BACKLOG_HIGH: 'Queue backlog high',
  UNASSIGNED: 'Unassigned',
  PRIORITY_P0: 'Urgent (P0)',
  PRIORITY_P1: 'High priority (P1)',
  LIVE_CHANNEL: 'Customer waiting on a live channel',
  SOCIAL_CHANNEL: 'Public on social media',
  ON_HOLD: 'On hold (lowers risk)',
  PENDING_CUSTOMER: 'Waiting for the customer (lowers risk)',
};

/** A readable sentence for a risk reason code. */
export function reasonLabel(code) {
  return reasonText[code] ?? label(code);
}

/** A risk badge (band and score) followed by its reasons. */
export function riskBadge(ticket, { withReasons = true } = {}) {
  const band = ticket.risk_band ?? 'ok';
  const reasons = ticket.risk_reasons ?? [];
  const badge = el('span', { class: `risk risk-${band}`, title: reasons.map(reasonLabel).join('; ') || 'No risk factors' },
    `${label(band)} ${Math.round(ticket.risk_score ?? 0)}`);
  if (!withReasons) {
    return badge;
  }
  return el('div', { class: 'risk-cell' }, badge,
    reasons.length ? el('ul', { class: 'reasons', 'aria-label': 'Risk reasons' }, reasons.map((r) => el('li', { 'data-code': r }, reasonLabel(r)))) : null);
}

/** Turns a snake_case wire name into words: pending_customer → "Pending customer". */
export function label(wire) {
  if (!wire) {
    return '';
  }
  const words = String(wire).replaceAll('_', ' ').toLowerCase();
  if (/^p[0-3]$/.test(words)) {
    return words.toUpperCase();
  }
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Formats an ISO instant in UTC, compactly: "2026-03-10 15:00 UTC". */
export function formatInstant(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "3h ago" relative to the server's clock. */
export function ago(iso) {
  const seconds = (serverNow() - Date.parse(iso)) / 1000;
  return seconds >= 0 ? `${formatDuration(seconds)} ago` : `in ${formatDuration(seconds)}`;
}
