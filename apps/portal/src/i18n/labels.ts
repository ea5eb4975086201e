import { type Authority, type CaseState, countyOfficeName, STATE_LABELS } from '@sosialtilskudd/domain';
import type { Language } from './language.js';

const STATE_LABELS_NN: Record<CaseState, string> = {
  draft: 'Utkast',
  submitted: 'Sendt inn',
  withdrawn: 'Trekt',
  granted: 'Innvilga',
  rejected: 'Avslått',
  accepted: 'Stadfesta',
  paid: 'Utbetalt',
  reported: 'Rapportert',
  'final-reported': 'Sluttrapportert',
  'repayment-claimed': 'Krav om tilbakebetaling',
  lapsed: 'Bortfallen',
  closed: 'Avslutta',
};

/** The lifecycle's state names: bokmål from the domain, nynorsk beside them. */
export function stateLabel(state: CaseState, language: Language): string {
  return language === 'nn' ? STATE_LABELS_NN[state] : STATE_LABELS[state];
}

/** «Statsforvalteren i Innlandet» as named on `date`; in nynorsk «Statsforvaltaren i …». */
export function authorityName(authority: Authority, date: string, language: Language): string {
  if (authority.kind === 'directorate') return 'Arbeids- og velferdsdirektoratet';
  const name = countyOfficeName(authority.countyOfficeId, date) ?? authority.countyOfficeId;
  return language === 'nn' ? name.replace(/^Statsforvalteren/, 'Statsforvaltaren') : name;
}

/** A person's name without the office in brackets that the demo logins add to it («Per Olsen (Statsforvalteren …)»). */
export const personName = (name: string) => name.replace(/\s*\(.*\)$/, '');

/** An organisation number as Enhetsregisteret writes it: «974 760 525». */
export const formatOrganisationNumber = (value: string) =>
  /^\d{9}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;

/**
 * Who is logged in, as the header and the login page show them: the person's name and, for a county office,
 * the office named in the person's language (the login's own name has it in bokmål).
 */
export function principalLabel(
  principal: { name: string; countyOfficeId: string | null },
  date: string,
  language: Language,
): string {
  if (!principal.countyOfficeId) return principal.name;
  const person = principal.name.replace(/\s*\(.*\)$/, '');
  const office = authorityName(
    { kind: 'county-office', countyOfficeId: principal.countyOfficeId as never },
    date,
    language,
  );
  return `${person} (${office})`;
}
