import { CASE_EVENTS, CASE_STATES, COUNTY_OFFICE_IDS } from '@sosialtilskudd/domain';
import { z } from 'zod';

/** The API's own building blocks: ids, instants, who acted, and the RFC 9457 problem every refusal is. */

export const CaseState = z.enum(CASE_STATES).meta({ id: 'CaseState', title: 'Sakens tilstand' });
export const CaseEvent = z
  .enum(Object.keys(CASE_EVENTS) as [keyof typeof CASE_EVENTS, ...(keyof typeof CASE_EVENTS)[]])
  .meta({ id: 'CaseEvent' });
export const Instant = z.iso.datetime({ offset: true });
export const Id = z.uuid().meta({ description: 'Tjenerens id for ressursen' });

/**
 * The roles a token can give: for the applicant (§ 4, § 7) the Nav office's staff (`nav-office`), the Nav office
 * head and the municipality's chief executive, who belongs to the municipality, not to Nav; for the
 * authorities the county caseworker, the county office's approver (the second person of totrinnskontroll) and the
 * directorate.
 */
export const ROLE_IDS = [
  'nav-office',
  'nav-office-head',
  'municipal-executive',
  'county-caseworker',
  'county-approver',
  'directorate',
] as const;
export const Role = z.enum(ROLE_IDS).meta({
  id: 'Role',
  title: 'Rolle',
  description:
    '«nav-office» ansatt ved Nav-kontoret, «nav-office-head» Nav-leder, «municipal-executive» kommunedirektør/rådmann (kommunens administrative ledelse), «county-caseworker» saksbehandler hos statsforvalteren, «county-approver» godkjenner hos statsforvalteren (totrinnskontroll), «directorate» Arbeids- og velferdsdirektoratet',
});

export const Actor = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: z.enum([...ROLE_IDS, 'system']).meta({
      description: 'Rollen personen handlet i; «system» når tjenesten selv gjorde det (skanning av vedlegg)',
    }),
  })
  .meta({ id: 'Actor', title: 'Hvem som gjorde det' });

export const Principal = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: Role,
    organisationNumber: z
      .string()
      .nullable()
      .meta({ description: 'Nav-kontoret personen handler for (nav-office, nav-office-head)' }),
    municipalityNumber: z
      .string()
      .nullable()
      .meta({ description: 'Kommunen kommunedirektøren/rådmannen handler for (municipal-executive)' }),
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
