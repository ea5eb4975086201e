/**
 * The calls in the domain are 2022–2025, so today no call is open. The demo runs the API's clock from a day
 * before the 2025 deadline (1 February 2025), so a person can submit, be decided on, accept and report.
 * Set API_START_AT to another instant, or to "now" for the real clock.
 */
export const DEMO_START_AT = '2025-01-27T09:00:00+01:00';

export interface DemoClock {
  /** What to pass to the API as API_START_AT; undefined for the real clock. */
  startAt: string | undefined;
  now: () => Date;
}

export function demoClock(setting: string | undefined = DEMO_START_AT): DemoClock {
  if (setting === 'now' || setting === '') return { startAt: undefined, now: () => new Date() };
  const start = new Date(setting);
  if (Number.isNaN(start.getTime()))
    throw new Error(`API_START_AT må være et ISO-tidspunkt eller «now»: ${setting}`);
  const offset = start.getTime() - Date.now();
  return { startAt: start.toISOString(), now: () => new Date(Date.now() + offset) };
}
