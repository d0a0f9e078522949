// Behaviour every page shares: signing out.
import { postJson } from './api.js';

document.getElementById('sign-out')?.addEventListener('click', async () => {
  try {
    await postJson('/api/v1/auth/logout');
  } finally {
    window.location.assign('/account/login');
  }
});
