import { TEXTS, type TextKey, text } from '../src/i18n/texts.js';

/** A demo user as the API's `GET /dev/users` lists them. */
export interface DemoUser {
  id: string;
  principal: { name: string; role: string };
}

/** What each role sees and does in the portal, in a line (the README's «What a person can do» in full). */
const SEES: Record<string, string> = {
  'nav-office': 'kontorets søknader og saker: søker, bekrefter, rapporterer, ber om overføring',
  'nav-office-head': 'kontorets søknader og saker, og signerer for kontoret',
  'municipal-executive': 'sakene til Nav-kontorene i kommunen, og signerer for kommunen',
  'county-caseworker': 'embetets innsendte saker: foreslår vedtak og utbetaling, skriver brev, overføring',
  'county-approver': 'embetets innsendte saker: godkjenner eller sender tilbake vedtak og utbetalinger',
  directorate: 'alle innsendte saker og nasjonal oversikt; behandler nasjonale forsøk',
};

/** The role as the login page names it (bokmål), or its id where the portal has no name for it. */
function roleName(role: string): string {
  const key = `role_${role}`;
  return key in TEXTS ? text(key as TextKey, 'nb') : role;
}

/** The demo users as a table for the terminal: who, in which role, seeing what. */
export function demoUserTable(users: readonly DemoUser[]): string {
  const rows = users.map(({ principal }) => [
    principal.name,
    roleName(principal.role),
    SEES[principal.role] ?? '',
  ]);
  const all = [['Bruker', 'Rolle', 'Ser og gjør'], ...rows];
  const widths = [0, 1].map((column) => Math.max(...all.map((row) => row[column]?.length ?? 0)));
  return all
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
