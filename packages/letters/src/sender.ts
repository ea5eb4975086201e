import { type Authority, countyOffice, countyOfficeName } from '@sosialtilskudd/domain';

/** Who signs the letter, as named on the letter's own date. */
export interface Sender {
  name: string;
  phone?: string;
}

/** § 7, § 8: the county office decides, or the directorate for national trials. */
const DIRECTORATE: Sender = { name: 'Arbeids- og velferdsdirektoratet' };

/** Undefined when the office had no name in force on `date` (before the offices of 2019). */
export function senderOf(issuer: Authority, date: string): Sender | undefined {
  if (issuer.kind === 'directorate') return DIRECTORATE;
  const name = countyOfficeName(issuer.countyOfficeId, date);
  return name ? { name, phone: countyOffice(issuer.countyOfficeId).phone } : undefined;
}
