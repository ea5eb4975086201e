import { z } from 'zod';
import { FORMATS } from '../formats.js';
import {
  accountNumber,
  caseNumber,
  email,
  isoDate,
  organisationNumber,
  shortText,
  slug,
} from '../primitives.js';
import { COUNTY_OFFICE_IDS } from '../reference/county-offices.js';
import { MAX_ITEMS } from './list-limits.js';

export const municipalityNumber = (title = 'Kommunenummer') =>
  z
    .string()
    .regex(FORMATS.fourDigits.pattern)
    .meta({ title, description: 'Fire sifre; de to første er fylkesnummeret (SSB, klassifikasjon 131).' });

export const Address = z
  .object({
    street: shortText({ title: 'Gateadresse', description: 'Gate og husnummer, eller postboks' }),
    postalCode: z
      .string()
      .regex(FORMATS.fourDigits.pattern)
      .meta({ title: 'Postnummer', description: 'Fire sifre, for eksempel 2815' }),
    city: shortText({
      title: 'Poststed',
      description: 'Stedet som hører til postnummeret, for eksempel Gjøvik',
    }),
  })
  .strict()
  .meta({ id: 'Address', title: 'Adresse', description: 'Adressen post til Nav-kontoret sendes til (§ 7)' });

export const ContactPerson = z
  .object({
    name: shortText({
      title: 'Navn',
      description: 'Fornavn og etternavn på den statsforvalteren kan kontakte om saken',
    }),
    role: shortText({
      title: 'Stilling eller rolle',
      description: 'For eksempel prosjektleder eller veileder ved Nav-kontoret',
    }).optional(),
    email: email({ title: 'E-post', description: 'Adressen statsforvalteren skriver til om saken' }),
    phone: z
      .string()
      .regex(FORMATS.phone.pattern)
      .meta({ title: 'Telefon', description: 'Åtte sifre, eventuelt med +47 foran; mellomrom er lov' }),
  })
  .strict()
  .meta({
    id: 'ContactPerson',
    title: 'Kontaktperson',
    description: 'Den statsforvalteren kan kontakte om søknaden og tilskuddet (§ 7)',
  });

/** The applicant and recipient: the municipality through its Nav office (§ 4, § 7). */
export const NavOffice = z
  .object({
    name: shortText({ title: 'Nav-kontorets navn', description: 'For eksempel Nav Gjøvik' }),
    address: Address,
    organisationNumber: organisationNumber({
      title: 'Organisasjonsnummer',
      description: 'Ni sifre som begynner med 8 eller 9, med gyldig kontrollsiffer (MOD11)',
    }),
    accountNumber: accountNumber({
      title: 'Kontonummer',
      description: 'Elleve sifre uten punktum eller mellomrom, med gyldig kontrollsiffer (MOD11)',
    }),
    municipalities: z.array(municipalityNumber()).min(1).max(MAX_ITEMS.officeMunicipalities).meta({
      title: 'Kommuner',
      description: 'Kommunene Nav-kontoret dekker. Flere kommuner betyr interkommunalt samarbeid.',
    }),
    contactPerson: ContactPerson,
  })
  .strict()
  .meta({
    id: 'NavOffice',
    title: 'Nav-kontor',
    description: 'Søker og tilskuddsmottaker er kommunen, ved Nav-kontoret (§ 4, § 7)',
  });
export type NavOffice = z.infer<typeof NavOffice>;

/** A typed name, title and date: how version 1 of the documents recorded a signature (frozen). */
export const SignatureV1 = z
  .object({
    name: shortText({ title: 'Navn', description: 'Fullt navn på den som signerer' }),
    title: shortText({
      title: 'Tittel',
      description: 'Stillingen til den som signerer, for eksempel kommunedirektør eller Nav-leder',
    }),
    signedOn: isoDate({ title: 'Signert dato', description: 'Datoen dokumentet ble signert' }),
  })
  .strict()
  .meta({ id: 'Signature', title: 'Signatur', description: 'Navn, stilling og dato for den som signerer' });
export type SignatureV1 = z.infer<typeof SignatureV1>;

/** Who decides and pays: a county office, or the directorate for national trials (§ 7, § 8, § 10). */
export const Authority = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('county-office').meta({
          title: 'Type myndighet',
          description: '«county-office»: statsforvalteren behandler, beslutter og utbetaler (§ 8, § 10)',
        }),
        countyOfficeId: z.enum(COUNTY_OFFICE_IDS).meta({
          title: 'Statsforvalter',
          description: 'Hvilket av de ti statsforvalterembetene, etter fylket kommunen ligger i',
        }),
      })
      .strict()
      .meta({ title: 'Statsforvalteren' }),
    z
      .object({
        kind: z.literal('directorate').meta({
          title: 'Type myndighet',
          description:
            '«directorate»: Arbeids- og velferdsdirektoratet, for nasjonale forsøk (§ 7, § 8, § 10)',
        }),
      })
      .strict()
      .meta({ title: 'Arbeids- og velferdsdirektoratet' }),
  ])
  .meta({
    id: 'Authority',
    title: 'Myndighet',
    description:
      'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7, § 8, § 10)',
  });
export type Authority = z.infer<typeof Authority>;

/** One string per authority, `county-office:<id>` or `directorate`, for comparing and keying. */
export const authorityKey = (a: Authority): string =>
  a.kind === 'county-office' ? `county-office:${a.countyOfficeId}` : 'directorate';

/** Identifies the grant a follow-up document belongs to. */
export const CaseReference = z
  .object({
    caseNumber: caseNumber(),
    callId: slug({ title: 'Utlysning', description: 'Utlysningen tilskuddet ble gitt under' }),
    organisationNumber: organisationNumber({
      title: 'Mottakerens organisasjonsnummer',
      description: 'Nav-kontorets organisasjonsnummer fra søknaden, ni sifre',
    }),
    measureName: shortText({
      title: 'Tiltakets navn',
      description: 'Navnet på tiltaket slik det står i søknaden',
    }),
  })
  .strict()
  .meta({
    id: 'CaseReference',
    title: 'Sak',
    description: 'Saken dokumentet hører til: saksnummer, utlysning, mottaker og tiltak',
  });
export type CaseReference = z.infer<typeof CaseReference>;

/** Every document says what it is and which major version of its schema it follows. */
export const header = <T extends string, V extends number = 1>(documentType: T, version: V = 1 as V) => ({
  documentType: z.literal(documentType).meta({
    title: 'Dokumenttype',
    description: `Alltid «${documentType}»; forteller hvilket dokument dette er`,
  }),
  schemaVersion: z.literal(version).meta({
    title: 'Skjemaversjon',
    description: `Hovedversjonen av skjemaet dokumentet følger, her ${version}`,
  }),
});
