import { z } from 'zod';
import { FORMATS } from '../formats.js';
import { isoDate, isoDateTime, organisationNumber, shortText } from '../primitives.js';

/** The people who sign for the applicant (§ 7, § 10), with their titles in bokmål and nynorsk. */
export const SIGNER_ROLES = {
  'nav-office-head': { nb: 'Nav-leder', nn: 'Nav-leiar' },
  'municipal-executive': {
    nb: 'Kommunedirektør / rådmann (kommunens administrative ledelse)',
    nn: 'Kommunedirektør / rådmann (den administrative leiinga i kommunen)',
  },
  'nav-office': { nb: 'Ansatt ved Nav-kontoret', nn: 'Tilsett ved Nav-kontoret' },
} as const;
export type SignerRole = keyof typeof SIGNER_ROLES;
export const SIGNER_ROLE_IDS = Object.keys(SIGNER_ROLES) as [SignerRole, ...SignerRole[]];

const signerRole = z.enum(SIGNER_ROLE_IDS).meta({
  title: 'Rolle',
  description:
    'Rollen personen signerte i: «nav-office-head» Nav-leder, «municipal-executive» kommunedirektør/rådmann, «nav-office» ansatt ved Nav-kontoret',
});

/** Who the signer acts for: the Nav office, or the municipality itself (the chief executive, § 7). */
export const SignerOrganisation = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('nav-office').meta({ title: 'Type', description: '«nav-office»: Nav-kontoret' }),
        name: shortText({ title: 'Navn', description: 'Nav-kontorets navn, for eksempel Nav Gjøvik' }),
        organisationNumber: organisationNumber({
          title: 'Organisasjonsnummer',
          description: 'Nav-kontorets organisasjonsnummer, ni sifre',
        }),
      })
      .strict()
      .meta({ title: 'Nav-kontoret' }),
    z
      .object({
        kind: z.literal('municipality').meta({ title: 'Type', description: '«municipality»: kommunen' }),
        name: shortText({ title: 'Navn', description: 'Kommunens navn, for eksempel Gjøvik kommune' }),
        municipalityNumber: z
          .string()
          .regex(FORMATS.fourDigits.pattern)
          .meta({ title: 'Kommunenummer', description: 'Fire sifre (SSB, klassifikasjon 131)' }),
      })
      .strict()
      .meta({ title: 'Kommunen' }),
  ])
  .meta({
    id: 'SignerOrganisation',
    title: 'Virksomhet',
    description: 'Virksomheten den som signerer, handler for: Nav-kontoret eller kommunen',
  });
export type SignerOrganisation = z.infer<typeof SignerOrganisation>;

/**
 * A signature given in this system: who (from the person's login), in which role and for which organisation,
 * when, and the SHA-256 of what they signed (`documentDigest`). A change to the document voids it.
 */
export const SignatureRecord = z
  .object({
    kind: z.literal('recorded').meta({
      title: 'Type signatur',
      description: '«recorded»: gitt i løsningen, med hvem, når og sjekksum for dokumentet',
    }),
    role: signerRole,
    signer: z
      .object({
        subject: shortText({
          title: 'Innloggingens id',
          description: 'Identiteten (sub) innloggingen ga personen, for eksempel et pseudonym fra ID-porten',
        }),
        name: shortText({ title: 'Navn', description: 'Navnet på den som signerte' }),
        organisation: SignerOrganisation,
      })
      .strict()
      .meta({ title: 'Signert av', description: 'Personen som signerte, slik innloggingen viste dem' }),
    signedAt: isoDateTime({ title: 'Signert', description: 'Tidspunktet signaturen ble gitt' }),
    documentSha256: z.string().regex(FORMATS.sha256.pattern).meta({
      title: 'Sjekksum for dokumentet',
      description:
        'SHA-256 av dokumentets kanoniske JSON (RFC 8785), uten signaturene og «submittedAt»; endres dokumentet, stemmer den ikke lenger',
    }),
  })
  .strict()
  .meta({
    id: 'SignatureRecord',
    title: 'Signatur',
    description: 'En signatur gitt i løsningen: hvem, i hvilken rolle, når, og hva som ble signert',
  });
export type SignatureRecord = z.infer<typeof SignatureRecord>;

/** A name and date typed into version 1 of a document: kept by the migration, but nothing to verify. */
export const TypedSignature = z
  .object({
    kind: z.literal('typed').meta({
      title: 'Type signatur',
      description: '«typed»: navn og dato skrevet inn i versjon 1 av dokumentet; kan ikke etterprøves',
    }),
    role: signerRole.optional(),
    name: shortText({ title: 'Navn', description: 'Navnet som ble skrevet inn' }),
    title: shortText({ title: 'Tittel', description: 'Stillingen som ble skrevet inn' }),
    signedOn: isoDate({ title: 'Signert dato', description: 'Datoen som ble skrevet inn' }),
  })
  .strict()
  .meta({
    id: 'TypedSignature',
    title: 'Innskrevet signatur (versjon 1)',
    description: 'Navn, tittel og dato skrevet inn for hånd før versjon 2; kan ikke etterprøves',
  });
export type TypedSignature = z.infer<typeof TypedSignature>;

export const DocumentSignature = z.discriminatedUnion('kind', [SignatureRecord, TypedSignature]);
export type DocumentSignature = z.infer<typeof DocumentSignature>;

/** The signatures field of every signed document; the server writes it, a person never types it. */
export const signatures = (description: string) =>
  z.array(DocumentSignature).max(10).meta({ title: 'Signaturer', description });

/** Who must have signed before a document is sent: one signature per group, by a role in the group. */
export const REQUIRED_SIGNERS = {
  application: [['nav-office-head'], ['municipal-executive']],
  acceptance: [['municipal-executive']],
  'status-report': [['nav-office', 'nav-office-head', 'municipal-executive']],
  'final-report': [['nav-office', 'nav-office-head', 'municipal-executive']],
} as const satisfies Record<string, readonly (readonly SignerRole[])[]>;
export type SignedDocumentType = keyof typeof REQUIRED_SIGNERS;
