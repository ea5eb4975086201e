import {
  ATTACHMENT_MEDIA_TYPES,
  AttachmentReference,
  Authority,
  COUNTY_OFFICE_IDS,
  DOCUMENT_TYPE_NAMES,
  SIGNER_ROLE_IDS,
  SignatureRecord,
} from '@sosialtilskudd/domain';
import { z } from 'zod';
import { Actor, CaseEvent, CaseState, Id, Instant, Issue, Principal } from './common.js';
import { Application } from './documents.js';

/** What the API answers besides the documents themselves: cases, lists, accounts, the audit log, reference data. */

export const SignerRole = z
  .enum(SIGNER_ROLE_IDS)
  .meta({ id: 'SignerRole', title: 'Rollen en signatur gis i' });

/** Where the application is in its sign-off (§ 7), and who has signed and who is missing. */
export const SigningStatus = z
  .object({
    state: z.enum(['editing', 'awaiting-signatures', 'signed']).meta({
      description:
        '«editing»: utkastet kan endres; «awaiting-signatures»: sendt til signering og låst; «signed»: begge har signert (eller søknaden er sendt inn)',
    }),
    requestedAt: Instant.nullable().meta({ description: 'Når utkastet ble sendt til signering' }),
    requestedBy: Actor.nullable(),
    documentSha256: z.string().meta({
      description:
        'SHA-256 av innholdet slik det er nå (kanonisk JSON, RFC 8785, uten signaturene og submittedAt): det en signatur nå gjelder; send den når du signerer',
    }),
    required: z
      .array(
        z.object({
          roles: z.array(SignerRole).meta({ description: 'Én av disse rollene må signere' }),
          signature: SignatureRecord.nullable().meta({ description: 'Signaturen som gjelder, eller null' }),
        }),
      )
      .meta({ description: 'Signaturene § 7 krever: Nav-leder og kommunedirektør/rådmann' }),
  })
  .meta({ id: 'SigningStatus', title: 'Signering (§ 7)' });

export const ApplicationCase = z
  .object({
    id: Id,
    state: CaseState,
    stateLabel: z.string(),
    allowedEvents: z.array(CaseEvent),
    etag: z.string().meta({ description: 'Samme verdi som ETag-headeren; send den i If-Match ved endring' }),
    version: z.int().min(0).meta({ description: 'Antall innsendte versjoner; 0 for et utkast' }),
    caseNumber: z.string().nullable(),
    callId: z.string(),
    organisationNumber: z.string(),
    authority: Authority,
    caseworker: z.string().nullable(),
    createdAt: Instant,
    updatedAt: Instant,
    submittedAt: Instant.nullable(),
    notChecked: z.array(z.string()).meta({
      description:
        'Regler den innsendte versjonen ikke kunne kontrolleres mot, fordi tjeneren mangler historikken (for eksempel fjorårets rapport fra før systemet, CONTINUATION_REPORT_MISSING). Statsforvalteren vurderer dem selv. Tom for et utkast.',
    }),
    signing: SigningStatus,
    document: Application,
  })
  .meta({ id: 'ApplicationCase', title: 'Søknad med saksstatus' });

export const ApplicationSummary = z
  .object({
    id: Id,
    state: CaseState,
    stateLabel: z.string(),
    caseNumber: z.string().nullable(),
    callId: z.string(),
    organisationNumber: z.string(),
    applicantName: z.string(),
    measureName: z.string(),
    requestedGrant: z.int(),
    authority: Authority,
    caseworker: z.string().nullable(),
    submittedAt: Instant.nullable(),
    updatedAt: Instant,
    awaitingSignatureFrom: z.array(SignerRole).meta({
      description: 'Rollene som ennå ikke har signert et utkast som er sendt til signering; tom ellers',
    }),
  })
  .meta({ id: 'ApplicationSummary' });

export const ApplicationList = z
  .object({
    items: z.array(ApplicationSummary),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Send som cursor for neste side; null på siste side' }),
  })
  .meta({ id: 'ApplicationList' });

export const ApplicationVersion = z
  .object({
    version: z.int().min(1),
    reason: z.enum(['submitted', 'correction']),
    createdAt: Instant,
    createdBy: Actor,
    document: Application,
  })
  .meta({ id: 'ApplicationVersion', title: 'Innsendt versjon (uforanderlig)' });

export const Assignment = z
  .object({ caseworker: z.string().trim().min(1).max(200).meta({ title: 'Saksbehandler' }) })
  .strict()
  .meta({ id: 'Assignment' });

export const TransferDecision = z
  .object({
    approved: z.boolean(),
    approvedAmount: z.int().min(0).max(1_000_000_000),
    decidedOn: z.iso.date(),
  })
  .strict()
  .meta({ id: 'TransferDecision', title: 'Statsforvalterens beslutning om overføring (§ 10)' });

export const AccountsComparisonLine = z
  .object({
    budgetLineId: z.string(),
    label: z.string(),
    budgeted: z.int(),
    actual: z.int().nullable(),
    deviation: z.int().nullable().meta({ description: 'Regnskap minus budsjett' }),
  })
  .meta({ id: 'AccountsComparisonLine' });

export const MeasureAccounts = z
  .object({
    measureName: z.string(),
    organisationNumber: z.string(),
    years: z.array(
      z
        .object({
          applicationId: Id,
          caseNumber: z.string().nullable(),
          callId: z.string(),
          year: z.int(),
          state: CaseState,
          reportedIn: z.enum(['status-report', 'final-report']).nullable(),
          lines: z.array(AccountsComparisonLine),
          totals: z.object({
            budgeted: z.int(),
            actual: z.int().nullable(),
            grantReceived: z.int().nullable(),
            grantSpent: z.int().nullable(),
          }),
        })
        .meta({ id: 'MeasureYear' }),
    ),
  })
  .meta({
    id: 'MeasureAccounts',
    title: 'Budsjett mot regnskap per tiltak',
    description: 'Ett element per tilskuddsår for tiltaket, fulgt bakover gjennom videreføringene (§ 11)',
  });

export const AuditEvent = z
  .object({
    id: z.int(),
    applicationId: Id,
    at: Instant,
    actor: Actor,
    action: z.string().meta({ description: 'For eksempel submit, grant, letter, correction' }),
    fromState: CaseState.nullable(),
    toState: CaseState.nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent', title: 'Hendelse i revisjonsloggen' });

export const ValidationRequest = z
  .object({
    document: z.unknown().meta({ description: 'Dokumentet som skal kontrolleres' }),
    type: z.enum(DOCUMENT_TYPE_NAMES as [string, ...string[]]).optional(),
    context: z
      // Keys are RuleContext's names, the longest of them 20 characters.
      .record(z.string().max(64), z.unknown())
      .optional()
      .meta({ description: 'Historikken reglene trenger (RuleContext i @sosialtilskudd/domain)' }),
  })
  .strict()
  .meta({ id: 'ValidationRequest' });

export const ValidationResult = z
  .object({
    ok: z.boolean(),
    documentType: z.string().nullable(),
    issues: z.array(Issue),
    notChecked: z.array(z.string()).meta({ description: 'Regler som mangler kontekst og ikke ble kjørt' }),
  })
  .meta({ id: 'ValidationResult' });

export const CountyOfficeInfo = z
  .object({
    id: z.enum(COUNTY_OFFICE_IDS),
    name: z.string(),
    phone: z.string(),
    countyNumbers: z.array(z.string()),
  })
  .meta({ id: 'CountyOfficeInfo' });
export const NavOfficeInfo = z
  .object({
    organisationNumber: z.string(),
    name: z.string(),
    municipalities: z.array(z.string()),
    countyOfficeId: z.enum(COUNTY_OFFICE_IDS),
  })
  .meta({ id: 'NavOfficeInfo' });
export const MunicipalityInfo = z
  .object({ number: z.string(), name: z.string(), countyNumber: z.string() })
  .meta({ id: 'MunicipalityInfo' });

export const DemoUser = z
  .object({ id: z.string(), principal: Principal })
  .meta({ id: 'DemoUser', title: 'Demobruker for utviklingsinnlogging' });
export const DevLogin = z
  .object({ userId: z.string().min(1).max(100) })
  .strict()
  .meta({ id: 'DevLogin' });
export const Token = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.int(),
    principal: Principal,
  })
  .meta({ id: 'Token' });

/** One saved version of a draft: who saved it, when, and which fields they changed. */
export const DraftRevision = z
  .object({
    id: z.int().meta({ description: 'Løpenummer for lagringen' }),
    revision: z
      .int()
      .meta({ description: 'Utkastets versjon (ETag "r<revision>") lagringen ga, eller bygde på' }),
    applied: z.boolean().meta({
      description:
        'false: en versjon lagret samtidig med en annens, som ble valgt bort og tatt vare på (ingenting går tapt)',
    }),
    savedAt: Instant,
    savedBy: Actor,
    changedFields: z.array(z.string()).meta({ description: 'JSON Pointer til hvert felt som ble endret' }),
    moreFields: z.int().min(0).meta({ description: 'Antall endrede felt utover dem som er listet' }),
  })
  .meta({ id: 'DraftRevision', title: 'Lagret versjon av utkastet' });

export const DraftRevisionWithDocument = DraftRevision.extend({ document: Application }).meta({
  id: 'DraftRevisionWithDocument',
});

export const ParkedRevision = z
  .object({
    basedOn: z.string().max(100).meta({ description: 'ETag-en versjonen bygde på' }),
    document: z.unknown().meta({ description: 'Søknaden slik personen hadde den' }),
  })
  .strict()
  .meta({ id: 'ParkedRevision', title: 'En versjon som tas vare på uten å bli utkastet' });

export const Signing = z
  .object({
    documentSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description:
          'SHA-256 av innholdet personen har lest (signing.documentSha256 i søknaden): signaturen gis bare om innholdet ikke er endret siden',
      }),
  })
  .strict()
  .meta({ id: 'Signing', title: 'Signer søknaden' });

export const AttachmentDocumentType = z
  .enum(['application', 'status-report', 'final-report'])
  .meta({ id: 'AttachmentDocumentType', description: 'Dokumentet vedlegget hører til' });

export const Attachment = z
  .object({
    id: Id,
    applicationId: Id,
    documentType: AttachmentDocumentType,
    fileName: z.string(),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES).meta({ description: 'Filtypen innholdet viser, ikke navnet' }),
    size: z.int().min(1),
    sha256: z.string(),
    scan: z
      .object({
        state: z.enum(['pending', 'clean', 'infected', 'not-scanned']).meta({
          description:
            '«pending»: venter på skanning; «clean»: ingen skadelig kode funnet; «infected»: skadelig kode funnet, filen er slettet; «not-scanned»: tjenesten har ingen skanner, så filen er ikke kontrollert',
        }),
        finding: z.string().nullable().meta({ description: 'Det skanneren fant, når filen er infisert' }),
        scannedAt: Instant.nullable(),
      })
      .meta({ id: 'AttachmentScan', title: 'Skanning for skadelig programvare' }),
    uploadedAt: Instant,
    uploadedBy: Actor,
    locked: z.boolean().meta({
      description: 'true når et innsendt dokument viser til filen: den kan da verken slettes eller byttes',
    }),
    reference: AttachmentReference.meta({
      description: 'Slik dokumentet viser til filen: legg den i attachments',
    }),
  })
  .meta({ id: 'Attachment', title: 'Vedlegg' });
