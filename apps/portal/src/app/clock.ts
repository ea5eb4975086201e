/**
 * The API's clock. The demo runs the API on a date inside the 2025 call (see server/clock.ts); the portal asks
 * its own server for that instant once, so «what is due» is judged on the same day the API judges it.
 */
let offsetMs = 0;

export async function syncClock(fetchConfig: typeof fetch = fetch): Promise<void> {
  try {
    const response = await fetchConfig('/portal-config.json', { cache: 'no-store' });
    if (!response.ok) return;
    const { now } = (await response.json()) as { now?: unknown };
    const server = typeof now === 'string' ? Date.parse(now) : Number.NaN;
    if (!Number.isNaN(server)) offsetMs = server - Date.now();
  } catch {
    // Without the portal's server (a plain static host) the browser's own clock is used.
  }
}

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}
