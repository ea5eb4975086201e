import { z } from 'zod';
import { accountNumber, caseNumber, isoDate, organisationNumber, shortText, slug } from '../primitives.js';
import { COUNTY_OFFICE_IDS } from '../reference/county-offices.js';

export const municipalityNumber = (title = 'Kommunenummer') =>
  z
    .string()
    .regex(/^\d{4}$/)
    .meta({ title, description: 'Fire sifre; de to første er fylkesnummeret (SSB, klassifikasjon 131).' });

export const Address = z
  .object({
    street: shortText({ title: 'Gateadresse' }),
    postalCode: z
      .string()
      .regex(/^\d{4}$/)
      .meta({ title: 'Postnummer' }),
    city: shortText({ title: 'Poststed' }),
  })
  .strict()
  .meta({ id: 'Address', title: 'Adresse' });

export const ContactPerson = z
  .object({
    name: shortText({ title: 'Navn' }),
    role: shortText({ title: 'Stilling eller rolle' }).optional(),
    email: z.email().meta({ title: 'E-post' }),
    phone: z
      .string()
      .regex(/^\+?[\d ]{8,15}$/)
      .meta({ title: 'Telefon' }),
  })
  .strict()
  .meta({ id: 'ContactPerson', title: 'Kontaktperson' });

/** The applicant and recipient: the municipality through its Nav office (§ 4, § 7). */
export const NavOffice = z
  .object({
    name: shortText({ title: 'Nav-kontorets navn', description: 'For eksempel Nav Gjøvik' }),
    address: Address,
    organisationNumber: organisationNumber({
      title: 'Organisasjonsnummer',
      description: 'Ni sifre med gyldig kontrollsiffer (MOD11)',
    }),
    accountNumber: accountNumber({
      title: 'Kontonummer',
      description: 'Elleve sifre uten punktum eller mellomrom, med gyldig kontrollsiffer (MOD11)',
    }),
    municipalities: z.array(municipalityNumber()).min(1).meta({
      title: 'Kommuner',
      description: 'Kommunene Nav-kontoret dekker. Flere kommuner betyr interkommunalt samarbeid.',
    }),
    contactPerson: ContactPerson,
  })
  .strict()
  .meta({ id: 'NavOffice', title: 'Nav-kontor' });
export type NavOffice = z.infer<typeof NavOffice>;

export const Signature = z
  .object({
    name: shortText({ title: 'Navn' }),
    title: shortText({ title: 'Tittel' }),
    signedOn: isoDate({ title: 'Signert dato' }),
  })
  .strict()
  .meta({ id: 'Signature', title: 'Signatur' });

/** Who decides and pays: a county office, or the directorate for national trials (§ 7, § 8, § 10). */
export const Authority = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('county-office'),
        countyOfficeId: z.enum(COUNTY_OFFICE_IDS).meta({ title: 'Statsforvalter' }),
      })
      .strict()
      .meta({ title: 'Statsforvalteren' }),
    z
      .object({ kind: z.literal('directorate') })
      .strict()
      .meta({ title: 'Arbeids- og velferdsdirektoratet' }),
  ])
  .meta({ id: 'Authority', title: 'Myndighet' });
export type Authority = z.infer<typeof Authority>;

/** Identifies the grant a follow-up document belongs to. */
export const CaseReference = z
  .object({
    caseNumber: caseNumber(),
    callId: slug({ title: 'Utlysning', description: 'Utlysningen tilskuddet ble gitt under' }),
    organisationNumber: organisationNumber({ title: 'Mottakerens organisasjonsnummer' }),
    measureName: shortText({ title: 'Tiltakets navn' }),
  })
  .strict()
  .meta({ id: 'CaseReference', title: 'Sak' });
export type CaseReference = z.infer<typeof CaseReference>;

/** Every document says what it is and which major version of its schema it follows. */
export const header = <T extends string, V extends number = 1>(documentType: T, version: V = 1 as V) => ({
  documentType: z.literal(documentType).meta({ title: 'Dokumenttype' }),
  schemaVersion: z.literal(version).meta({ title: 'Skjemaversjon' }),
});
