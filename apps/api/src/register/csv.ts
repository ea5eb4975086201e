import { PRIORITY_AREAS } from '@sosialtilskudd/domain';
import { type CsvColumns, toCsv } from '../http/csv.js';
import type { Measure } from './measures.js';

const COLUMNS: CsvColumns<Measure> = [
  ['Tiltak', (m) => m.measure],
  ['Nav-kontor', (m) => m.navOffice.name],
  ['Organisasjonsnummer', (m) => m.navOffice.organisationNumber],
  ['Kommuner', (m) => m.municipalities.map((k) => `${k.name} (${k.number})`).join('; ')],
  ['Tilskuddsgiver', (m) => m.authorityName],
  ['År', (m) => m.years.join('; ')],
  ['Innvilget (kr)', (m) => m.grantedAmount],
  ['Prioriterte områder', (m) => m.priorityAreas.map((p) => PRIORITY_AREAS[p]).join('; ')],
  ['Status', (m) => (m.status === 'finished' ? 'Avsluttet' : 'Pågår')],
  ['Sammendrag i sluttrapporten', (m) => m.finalReportSummary ?? ''],
];

/** The register as CSV (RFC 4180 with commas, the open-data norm): one row per measure. */
export const registerCsv = (measures: readonly Measure[]): Uint8Array => toCsv(COLUMNS, measures, ',');
