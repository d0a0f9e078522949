// The sign-in form posts JSON to POST /api/v1/auth/login, which sets the auth cookie.
import { postJson } from './api.js';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const email = form.email.value.trim();
  const password = form.password.value;
  if (!email || !password) {
    error.textContent = 'Enter your email and password.';
    error.hidden = false;
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await postJson('/api/v1/auth/login', { email, password }, { redirectOn401: false });
    window.location.assign(form.dataset.returnUrl || '/');
  } catch (e) {
    error.textContent = e.status === 401 || e.status === 400 ? 'The email or password is not right.' : e.message;
    error.hidden = false;
    button.disabled = false;
  }
});
