import { CASE_EVENTS, CASE_STATES, COUNTY_OFFICE_IDS } from '@sosialtilskudd/domain';
import { z } from 'zod';

/** The API's own building blocks: ids, instants, who acted, and the RFC 9457 problem every refusal is. */

export const CaseState = z.enum(CASE_STATES).meta({ id: 'CaseState', title: 'Sakens tilstand' });
export const CaseEvent = z
  .enum(Object.keys(CASE_EVENTS) as [keyof typeof CASE_EVENTS, ...(keyof typeof CASE_EVENTS)[]])
  .meta({ id: 'CaseEvent' });
export const Instant = z.iso.datetime({ offset: true });
export const Id = z.uuid().meta({ description: 'Tjenerens id for ressursen' });

export const Actor = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: z.enum(['nav-office', 'county-caseworker', 'directorate']),
  })
  .meta({ id: 'Actor', title: 'Hvem som gjorde det' });

export const Principal = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: z.enum(['nav-office', 'county-caseworker', 'directorate']),
    organisationNumber: z.string().nullable(),
    countyOfficeId: z.enum(COUNTY_OFFICE_IDS).nullable(),
  })
  .meta({ id: 'Principal', title: 'Innlogget bruker' });

export const Issue = z
  .object({
    code: z.string().meta({ description: 'Stabil regelkode, for eksempel ORGNR_CHECKSUM' }),
    path: z.string().meta({ description: 'JSON Pointer (RFC 6901) til feltet, "" for hele dokumentet' }),
    message: z.string().meta({ description: 'Melding på bokmål, innledet med feltets navn' }),
    messageNn: z.string().optional().meta({ description: 'Melding på nynorsk' }),
    source: z.string().optional().meta({ description: 'Hjemmel, for eksempel § 5, eller utlysningen' }),
  })
  .meta({ id: 'Issue', title: 'Feil i et dokument' });

export const Problem = z
  .object({
    type: z.string().meta({ description: 'URI som identifiserer problemtypen' }),
    title: z.string(),
    status: z.int().min(400).max(599),
    code: z.string().meta({
      description: 'Maskinlesbar kode, for eksempel VALIDATION_FAILED eller LIFECYCLE_ILLEGAL_TRANSITION',
    }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    issues: z.array(Issue).optional().meta({ description: 'Domenets regelbrudd, med kode og JSON Pointer' }),
  })
  .meta({ id: 'Problem', title: 'Problem (RFC 9457)' });
