/**
 * The demo's day: five days before the 2025 call's application deadline (1 February 2025), inside the 2024
 * grants' reporting window. The calls in the domain are 2022–2025, so on today's date no call is open; the demo
 * runs the API's clock from here (`API_START_AT`), and its data is what had happened by then.
 */
export const DEMO_NOW = '2025-01-27T09:00:00+01:00';
