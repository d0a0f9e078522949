// Calls the /api/v1 JSON API with the signed-in user's cookie. Errors are RFC 7807 ProblemDetails;
// an ApiError carries the problem so pages can show the title, the detail and the fields named.

export class ApiError extends Error {
  constructor(status, problem) {
    super(describeProblem(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

export function describeProblem(status, problem) {
  if (!problem) {
    return `Request failed (${status}).`;
  }
  const parts = [problem.title || `Request failed (${status})`];
  if (problem.detail) {
    parts.push(problem.detail);
  }
  if (problem.errors) {
    for (const [field, messages] of Object.entries(problem.errors)) {
      parts.push(`${field}: ${[].concat(messages).join(' ')}`);
    }
  }
  return parts.join(' — ');
}

async function send(method, url, body, options) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (method !== 'GET') {
    // State-changing calls always declare JSON: the host rejects cookie-authenticated writes without it (CSRF defence).
    init.headers['Content-Type'] = 'application/json';
  }
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (response.status === 401 && options?.redirectOn401 !== false) {
    window.location.assign(`/account/login?ReturnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    throw new ApiError(401, { title: 'Signed out', detail: 'Sign in again to continue.' });
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, payload);
  }
  return payload;
}

export const getJson = (url) => send('GET', url);
export const postJson = (url, body, options) => send('POST', url, body ?? {}, options);
export const putJson = (url, body) => send('PUT', url, body ?? {});
export const deleteJson = (url) => send('DELETE', url);

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
