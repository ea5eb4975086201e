// From the API's source, as the API itself is started from source (api-process.ts): the day its demo data is for.
import { DEMO_NOW } from '../../api/src/demo/day.js';

/**
 * The calls in the domain are 2022–2025, so today no call is open. The demo runs the API's clock from the demo's
 * day (DEMO_NOW, five days before the 2025 deadline), the day its data was made for, so a person can submit, be
 * decided on, accept and report. Set API_START_AT to another instant, or to "now" for the real clock.
 */

export interface DemoClock {
  /** What to pass to the API as API_START_AT; undefined for the real clock. */
  startAt: string | undefined;
  now: () => Date;
}

export function demoClock(setting: string | undefined = DEMO_NOW): DemoClock {
  if (setting === 'now' || setting === '') return { startAt: undefined, now: () => new Date() };
  const start = new Date(setting);
  if (Number.isNaN(start.getTime()))
    throw new Error(`API_START_AT må være et ISO-tidspunkt eller «now»: ${setting}`);
  const offset = start.getTime() - Date.now();
  return { startAt: start.toISOString(), now: () => new Date(Date.now() + offset) };
}
