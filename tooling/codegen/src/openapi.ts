import {
  Acceptance,
  Authority,
  CASE_EVENTS,
  CASE_STATES,
  Call,
  CaseDecision,
  COUNTY_OFFICE_IDS,
  DeadlineExtension,
  DOCUMENT_TYPE_NAMES,
  Application as DomainApplication,
  FinalReport,
  GrantLetter,
  Payment,
  RejectionLetter,
  RepaymentClaim,
  StatusReport,
  TransferRequest,
} from '@sosialtilskudd/domain';
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { GENERATED_NOTICE } from './header.ts';

/**
 * The HTTP contract of the reference API (apps/api), built from the domain's Zod schemas so a request body
 * is described by exactly the schema the server validates it with. Errors are RFC 9457 problems carrying the
 * domain's rule codes and JSON Pointers.
 */

const named = <S extends z.ZodType>(schema: S, id: string, description?: string) =>
  schema.meta({ id, ...(description ? { description } : {}) });

// Components for the documents: the top-level domain schemas carry no id of their own.
const Application = named(DomainApplication, 'Application');
const Decision = named(CaseDecision, 'CaseDecision');
const Grant = named(GrantLetter, 'GrantLetter');
const Rejection = named(RejectionLetter, 'RejectionLetter');
const AcceptanceDoc = named(Acceptance, 'Acceptance');
const PaymentDoc = named(Payment, 'Payment');
const Transfer = named(TransferRequest, 'TransferRequest');
const Repayment = named(RepaymentClaim, 'RepaymentClaim');
const Status = named(StatusReport, 'StatusReport');
const Final = named(FinalReport, 'FinalReport');
const CallDoc = named(Call, 'Call');
const Extension = named(DeadlineExtension, 'DeadlineExtension');
const Letter = z
  .discriminatedUnion('documentType', [Grant, Rejection])
  .meta({ id: 'Letter', title: 'Tilskuddsbrev eller avslagsbrev' });

const Issue = z
  .object({
    code: z.string().meta({ description: 'Stabil regelkode, for eksempel ORGNR_CHECKSUM' }),
    path: z.string().meta({ description: 'JSON Pointer (RFC 6901) til feltet, "" for hele dokumentet' }),
    message: z.string().meta({ description: 'Melding på bokmål, innledet med feltets navn' }),
    messageNn: z.string().optional().meta({ description: 'Melding på nynorsk' }),
    source: z.string().optional().meta({ description: 'Hjemmel, for eksempel § 5, eller utlysningen' }),
  })
  .meta({ id: 'Issue', title: 'Feil i et dokument' });

const Problem = z
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

const CaseState = z.enum(CASE_STATES).meta({ id: 'CaseState', title: 'Sakens tilstand' });
const CaseEvent = z
  .enum(Object.keys(CASE_EVENTS) as [keyof typeof CASE_EVENTS, ...(keyof typeof CASE_EVENTS)[]])
  .meta({ id: 'CaseEvent' });
const Instant = z.iso.datetime({ offset: true });
const Id = z.uuid().meta({ description: 'Tjenerens id for ressursen' });

const Actor = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: z.enum(['nav-office', 'county-caseworker', 'directorate']),
  })
  .meta({ id: 'Actor', title: 'Hvem som gjorde det' });

const ApplicationCase = z
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
    document: Application,
  })
  .meta({ id: 'ApplicationCase', title: 'Søknad med saksstatus' });

const ApplicationSummary = z
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
  })
  .meta({ id: 'ApplicationSummary' });

const ApplicationList = z
  .object({
    items: z.array(ApplicationSummary),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Send som cursor for neste side; null på siste side' }),
  })
  .meta({ id: 'ApplicationList' });

const ApplicationVersion = z
  .object({
    version: z.int().min(1),
    reason: z.enum(['submitted', 'correction']),
    createdAt: Instant,
    createdBy: Actor,
    document: Application,
  })
  .meta({ id: 'ApplicationVersion', title: 'Innsendt versjon (uforanderlig)' });

/** Every follow-up document is stored as an immutable record; a change is a new record that supersedes it. */
const record = <S extends z.ZodType>(document: S, id: string) =>
  z
    .object({
      id: Id,
      applicationId: Id,
      createdAt: Instant,
      createdBy: Actor,
      supersedes: Id.nullable(),
      document,
    })
    .meta({ id });

const DecisionRecord = record(Decision, 'CaseDecisionRecord');
const LetterRecord = record(Letter, 'LetterRecord');
const AcceptanceRecord = record(AcceptanceDoc, 'AcceptanceRecord');
const PaymentRecord = record(PaymentDoc, 'PaymentRecord');
const StatusReportRecord = record(Status, 'StatusReportRecord');
const FinalReportRecord = record(Final, 'FinalReportRecord');
const TransferRecord = record(Transfer, 'TransferRequestRecord');
const RepaymentRecord = record(Repayment, 'RepaymentClaimRecord');

const ExtensionRecord = z
  .object({ id: Id, createdAt: Instant, createdBy: Actor, document: Extension })
  .meta({ id: 'DeadlineExtensionRecord', title: 'Registrert utsatt søknadsfrist' });

const CaseFile = z
  .object({
    decision: DecisionRecord.nullable(),
    letter: LetterRecord.nullable(),
    acceptance: AcceptanceRecord.nullable(),
    payments: z.array(PaymentRecord),
    statusReports: z.array(StatusReportRecord),
    finalReport: FinalReportRecord.nullable(),
    transferRequests: z.array(TransferRecord),
    repaymentClaims: z.array(RepaymentRecord),
  })
  .meta({ id: 'CaseFile', title: 'Sakens dokumenter', description: 'Gjeldende versjon av hvert dokument' });

const Assignment = z
  .object({ caseworker: z.string().trim().min(1).max(200).meta({ title: 'Saksbehandler' }) })
  .strict()
  .meta({ id: 'Assignment' });

const TransferDecision = z
  .object({
    approved: z.boolean(),
    approvedAmount: z.int().min(0).max(1_000_000_000),
    decidedOn: z.iso.date(),
  })
  .strict()
  .meta({ id: 'TransferDecision', title: 'Statsforvalterens beslutning om overføring (§ 10)' });

const AccountsComparisonLine = z
  .object({
    budgetLineId: z.string(),
    label: z.string(),
    budgeted: z.int(),
    actual: z.int().nullable(),
    deviation: z.int().nullable().meta({ description: 'Regnskap minus budsjett' }),
  })
  .meta({ id: 'AccountsComparisonLine' });

const MeasureAccounts = z
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

const AuditEvent = z
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

const Principal = z
  .object({
    sub: z.string(),
    name: z.string(),
    role: z.enum(['nav-office', 'county-caseworker', 'directorate']),
    organisationNumber: z.string().nullable(),
    countyOfficeId: z.enum(COUNTY_OFFICE_IDS).nullable(),
  })
  .meta({ id: 'Principal', title: 'Innlogget bruker' });

const ValidationRequest = z
  .object({
    document: z.unknown().meta({ description: 'Dokumentet som skal kontrolleres' }),
    type: z.enum(DOCUMENT_TYPE_NAMES as [string, ...string[]]).optional(),
    context: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'Historikken reglene trenger (RuleContext i @sosialtilskudd/domain)' }),
  })
  .strict()
  .meta({ id: 'ValidationRequest' });

const ValidationResult = z
  .object({
    ok: z.boolean(),
    documentType: z.string().nullable(),
    issues: z.array(Issue),
    notChecked: z.array(z.string()).meta({ description: 'Regler som mangler kontekst og ikke ble kjørt' }),
  })
  .meta({ id: 'ValidationResult' });

const CountyOfficeInfo = z
  .object({
    id: z.enum(COUNTY_OFFICE_IDS),
    name: z.string(),
    phone: z.string(),
    countyNumbers: z.array(z.string()),
  })
  .meta({ id: 'CountyOfficeInfo' });
const NavOfficeInfo = z
  .object({
    organisationNumber: z.string(),
    name: z.string(),
    municipalities: z.array(z.string()),
    countyOfficeId: z.enum(COUNTY_OFFICE_IDS),
  })
  .meta({ id: 'NavOfficeInfo' });
const MunicipalityInfo = z
  .object({ number: z.string(), name: z.string(), countyNumber: z.string() })
  .meta({ id: 'MunicipalityInfo' });

const DemoUser = z
  .object({ id: z.string(), principal: Principal })
  .meta({ id: 'DemoUser', title: 'Demobruker for utviklingsinnlogging' });
const DevLogin = z
  .object({ userId: z.string().min(1).max(100) })
  .strict()
  .meta({ id: 'DevLogin' });
const Token = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.int(),
    principal: Principal,
  })
  .meta({ id: 'Token' });

// ---------- operations ----------

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } } });

const PROBLEMS = {
  400: 'Forespørselen er ikke gyldig JSON eller har ugyldige parametere',
  401: 'Mangler eller ugyldig Bearer-token',
  403: 'Rollen har ikke tilgang til operasjonen',
  404: 'Finnes ikke, eller er ikke synlig for brukeren',
  409: 'Sakens tilstand tillater ikke operasjonen (livsløpet)',
  412: 'If-Match stemmer ikke med gjeldende ETag: noen andre har endret utkastet',
  413: 'Forespørselen er for stor',
  415: 'Bare application/json er støttet',
  422: 'Dokumentet bryter skjemaet eller reglene; se issues',
  428: 'If-Match mangler',
  503: 'Identitetstilbyderen svarer ikke, så tokenet kan ikke kontrolleres nå; prøv igjen senere',
} as const;
type ProblemStatus = keyof typeof PROBLEMS;

const problemResponses = (statuses: readonly ProblemStatus[]): ZodOpenApiResponsesObject =>
  Object.fromEntries(
    statuses.map((s) => [s, { $ref: `#/components/responses/Problem${s}` }]),
  ) as ZodOpenApiResponsesObject;

const PUBLIC: ProblemStatus[] = [400];
const READ: ProblemStatus[] = [400, 401, 403, 404];
const WRITE: ProblemStatus[] = [400, 401, 403, 404, 409, 413, 415, 422];

const applicationId = z.object({ applicationId: Id });
const etagHeader = z.object({ ETag: z.string().meta({ description: 'Versjonen av utkastet' }) });
const replayedHeader = z.object({
  'Idempotency-Replayed': z.literal('true').optional().meta({
    description: 'Svaret er det første svaret på samme Idempotency-Key; operasjonen ble ikke gjort på nytt',
  }),
});
const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Samme nøkkel og samme innhold gir samme svar uten å gjøre operasjonen på nytt' }),
});

interface Op {
  id: string;
  tag: string;
  summary: string;
  description?: string;
  /** No Bearer token needed. */
  open?: boolean;
  path?: z.ZodObject;
  query?: z.ZodObject;
  header?: z.ZodObject;
  body?: z.ZodType;
  ok: { status: 200 | 201; schema: z.ZodType; description: string; headers?: z.ZodObject };
  problems: readonly ProblemStatus[];
}

function operation(op: Op): ZodOpenApiOperationObject {
  const requestParams = {
    ...(op.path ? { path: op.path } : {}),
    ...(op.query ? { query: op.query } : {}),
    ...(op.header ? { header: op.header } : {}),
  };
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.open ? { security: [] } : {}),
    ...(Object.keys(requestParams).length > 0 ? { requestParams } : {}),
    ...(op.body ? { requestBody: { required: true, ...json(op.body) } } : {}),
    responses: {
      [op.ok.status]: {
        description: op.ok.description,
        ...(op.ok.headers ? { headers: op.ok.headers } : {}),
        ...json(op.ok.schema),
      },
      // Checking a token may need the identity provider's keys: when it does not answer, 503.
      ...problemResponses(op.open ? op.problems : [...op.problems, 503]),
    },
  };
}

/** A follow-up document posted to a case: validated with the domain and the case's history. */
function followUp(
  id: string,
  summary: string,
  body: z.ZodType,
  schema: z.ZodType,
  description: string,
): ZodOpenApiOperationObject {
  return operation({
    id,
    tag: 'Oppfølging',
    summary,
    description,
    path: applicationId,
    body,
    ok: { status: 201, schema, description: 'Lagret' },
    problems: WRITE,
  });
}

const caseOp = (id: string, summary: string, description: string, extra: Partial<Op> = {}) =>
  operation({
    id,
    tag: 'Saksbehandling',
    summary,
    description,
    path: applicationId,
    ok: { status: 200, schema: ApplicationCase, description: 'Saken etter endringen', headers: etagHeader },
    problems: WRITE,
    ...extra,
  });

const paths = {
  '/health': {
    get: operation({
      id: 'health',
      tag: 'Drift',
      summary: 'Tjeneren svarer',
      open: true,
      ok: { status: 200, schema: z.object({ status: z.literal('ok') }), description: 'OK' },
      problems: [],
    }),
  },
  '/v1/me': {
    get: operation({
      id: 'getMe',
      tag: 'Tilgang',
      summary: 'Den innloggede brukeren og rollen',
      ok: { status: 200, schema: Principal, description: 'Brukeren' },
      problems: [401],
    }),
  },
  '/dev/users': {
    get: operation({
      id: 'listDemoUsers',
      tag: 'Utvikling',
      summary: 'Demobrukere (ikke i produksjon)',
      open: true,
      ok: { status: 200, schema: z.object({ items: z.array(DemoUser) }), description: 'Demobrukerne' },
      problems: [404],
    }),
  },
  '/dev/login': {
    post: operation({
      id: 'devLogin',
      tag: 'Utvikling',
      summary: 'Token for en demobruker (ikke i produksjon)',
      description: 'Utsteder et token signert med en lokal nøkkel. Slått av når NODE_ENV=production.',
      open: true,
      body: DevLogin,
      ok: { status: 200, schema: Token, description: 'Token' },
      problems: [400, 404, 413, 415, 422],
    }),
  },
  '/v1/calls': {
    get: operation({
      id: 'listCalls',
      tag: 'Referansedata',
      summary: 'Alle utlysninger',
      open: true,
      ok: { status: 200, schema: z.object({ items: z.array(CallDoc) }), description: 'Utlysningene' },
      problems: PUBLIC,
    }),
  },
  '/v1/calls/{callId}': {
    get: operation({
      id: 'getCall',
      tag: 'Referansedata',
      summary: 'Én utlysning',
      open: true,
      path: z.object({ callId: z.string().max(64) }),
      ok: { status: 200, schema: CallDoc, description: 'Utlysningen' },
      problems: [400, 404],
    }),
  },
  '/v1/calls/{callId}/extensions': {
    get: operation({
      id: 'listDeadlineExtensions',
      tag: 'Referansedata',
      summary: 'Registrerte utsettelser av søknadsfristen',
      open: true,
      path: z.object({ callId: z.string().max(64) }),
      ok: { status: 200, schema: z.object({ items: z.array(ExtensionRecord) }), description: 'Utsettelsene' },
      problems: [400, 404],
    }),
    post: operation({
      id: 'recordDeadlineExtension',
      tag: 'Saksbehandling',
      summary: 'Registrer utsatt søknadsfrist',
      description:
        'Statsforvalteren for egne søkere, direktoratet for nasjonale forsøk. Søknader sendt innen den utsatte fristen er i tide.',
      path: z.object({ callId: z.string().max(64) }),
      body: Extension,
      ok: { status: 201, schema: ExtensionRecord, description: 'Utsettelsen' },
      problems: [400, 401, 403, 404, 413, 415, 422],
    }),
  },
  '/v1/reference/county-offices': {
    get: operation({
      id: 'listCountyOffices',
      tag: 'Referansedata',
      summary: 'Statsforvalterne, med navn og fylker i dag',
      open: true,
      ok: { status: 200, schema: z.object({ items: z.array(CountyOfficeInfo) }), description: 'Embetene' },
      problems: PUBLIC,
    }),
  },
  '/v1/reference/nav-offices': {
    get: operation({
      id: 'listNavOffices',
      tag: 'Referansedata',
      summary: 'Nav-kontorene tjenesten kjenner',
      open: true,
      ok: { status: 200, schema: z.object({ items: z.array(NavOfficeInfo) }), description: 'Nav-kontorene' },
      problems: PUBLIC,
    }),
  },
  '/v1/reference/municipalities': {
    get: operation({
      id: 'listMunicipalities',
      tag: 'Referansedata',
      summary: 'Kommunene (SSB klassifikasjon 131, fra 2024)',
      open: true,
      ok: { status: 200, schema: z.object({ items: z.array(MunicipalityInfo) }), description: 'Kommunene' },
      problems: PUBLIC,
    }),
  },
  '/v1/validations': {
    post: operation({
      id: 'validateDocument',
      tag: 'Kontroll',
      summary: 'Kontroller et dokument mot skjema og regler uten å lagre det',
      description: 'Gir de samme kodene og stiene som @sosialtilskudd/domain og de gylne eksemplene.',
      open: true,
      body: ValidationRequest,
      ok: { status: 200, schema: ValidationResult, description: 'Resultatet' },
      problems: [400, 413, 415, 422],
    }),
  },
  '/v1/applications': {
    get: operation({
      id: 'listApplications',
      tag: 'Søknader',
      summary: 'Søknadene brukeren kan se',
      description:
        'Nav-kontoret ser sine egne, statsforvalteren innsendte søknader til eget embete, direktoratet alle. ' +
        'Nyeste endring først, side for side med nextCursor: en sak som endres mens du blar, flyttes først i ' +
        'lista og kommer med neste gang du henter første side; ingen sak kommer to ganger.',
      query: z.object({
        state: CaseState.optional(),
        callId: z.string().max(64).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional().meta({ description: 'Standard 50' }),
        cursor: z
          .string()
          .max(200)
          .optional()
          .meta({ description: 'nextCursor fra forrige side, uendret; uten cursor første side' }),
      }),
      ok: { status: 200, schema: ApplicationList, description: 'Én side' },
      problems: READ,
    }),
    post: operation({
      id: 'createApplication',
      tag: 'Søknader',
      summary: 'Opprett et utkast',
      description:
        'Bare Nav-kontoret som er søker. Utkastet må følge skjemaet; regelbrudd er tillatt i et utkast og stoppes ved innsending.',
      body: Application,
      ok: { status: 201, schema: ApplicationCase, description: 'Utkastet', headers: etagHeader },
      problems: [400, 401, 403, 413, 415, 422],
    }),
  },
  '/v1/applications/{applicationId}': {
    get: operation({
      id: 'getApplication',
      tag: 'Søknader',
      summary: 'Én søknad med saksstatus',
      path: applicationId,
      ok: { status: 200, schema: ApplicationCase, description: 'Søknaden', headers: etagHeader },
      problems: READ,
    }),
    put: operation({
      id: 'updateApplication',
      tag: 'Søknader',
      summary: 'Endre et utkast',
      description:
        'Krever If-Match med utkastets ETag; en annen ETag gir 412. Innsendte søknader endres ikke.',
      path: applicationId,
      header: z.object({ 'If-Match': z.string().max(100) }),
      body: Application,
      ok: { status: 200, schema: ApplicationCase, description: 'Utkastet', headers: etagHeader },
      problems: [...WRITE, 412, 428],
    }),
  },
  '/v1/applications/{applicationId}/submit': {
    post: caseOp(
      'submitApplication',
      'Send inn',
      'Kontrollerer med full kontekst og setter submittedAt (§ 7).',
      {
        tag: 'Søknader',
        header: idempotencyHeader,
        ok: {
          status: 200,
          schema: ApplicationCase,
          description: 'Den innsendte søknaden',
          headers: etagHeader.extend(replayedHeader.shape),
        },
      },
    ),
  },
  '/v1/applications/{applicationId}/withdraw': {
    post: caseOp(
      'withdrawApplication',
      'Trekk søknaden',
      'Nav-kontoret trekker et utkast eller en innsendt søknad.',
      {
        tag: 'Søknader',
      },
    ),
  },
  '/v1/applications/{applicationId}/corrections': {
    post: caseOp(
      'correctApplication',
      'Send inn en rettet versjon',
      'En innsendt søknad endres aldri; en retting før vedtak blir en ny versjon med historikk.',
      { tag: 'Søknader', body: Application },
    ),
  },
  '/v1/applications/{applicationId}/versions': {
    get: operation({
      id: 'listApplicationVersions',
      tag: 'Søknader',
      summary: 'Alle innsendte versjoner',
      path: applicationId,
      ok: {
        status: 200,
        schema: z.object({ items: z.array(ApplicationVersion) }),
        description: 'Versjonene',
      },
      problems: READ,
    }),
  },
  '/v1/applications/{applicationId}/assignment': {
    post: caseOp(
      'assignApplication',
      'Tildel saksbehandler',
      'Statsforvalteren (eller direktoratet for nasjonale forsøk).',
      {
        body: Assignment,
      },
    ),
  },
  '/v1/applications/{applicationId}/lapse': {
    post: caseOp(
      'lapseGrant',
      'Tilskuddet bortfaller (§ 13)',
      'Statsforvalteren, når mottakeren bryter regelverket eller vilkårene i tilskuddsbrevet.',
    ),
  },
  '/v1/applications/{applicationId}/close': {
    post: caseOp('closeCase', 'Avslutt saken (§ 11)', 'Statsforvalteren, når rapporteringen er godkjent.'),
  },
  '/v1/applications/{applicationId}/decision': {
    post: operation({
      id: 'decideApplication',
      tag: 'Saksbehandling',
      summary: 'Innvilg eller avslå (§ 8)',
      description: 'Utfallet i beslutningen bestemmer hendelsen: grant eller reject.',
      path: applicationId,
      header: idempotencyHeader,
      body: Decision,
      ok: { status: 201, schema: DecisionRecord, description: 'Beslutningen', headers: replayedHeader },
      problems: WRITE,
    }),
  },
  '/v1/applications/{applicationId}/letter': {
    get: operation({
      id: 'getLetter',
      tag: 'Saksbehandling',
      summary: 'Tilskuddsbrevet eller avslagsbrevet',
      path: applicationId,
      ok: { status: 200, schema: LetterRecord, description: 'Brevet' },
      problems: READ,
    }),
    post: operation({
      id: 'issueLetter',
      tag: 'Saksbehandling',
      summary: 'Utsted brevet',
      description: 'Tilskuddsbrev etter innvilgelse, avslagsbrev etter avslag; begge med § 9-erklæringen.',
      path: applicationId,
      body: Letter,
      ok: { status: 201, schema: LetterRecord, description: 'Brevet' },
      problems: WRITE,
    }),
  },
  '/v1/applications/{applicationId}/letter/pdf': {
    get: {
      operationId: 'getLetterPdf',
      tags: ['Saksbehandling'],
      summary: 'Brevet som PDF',
      description: 'Tilskuddsbrevet med bekreftelsesskjemaet, eller avslagsbrevet med § 9-erklæringen.',
      requestParams: {
        path: applicationId,
        query: z.object({
          language: z.enum(['nb', 'nn']).optional().meta({ description: 'Bokmål (standard) eller nynorsk' }),
        }),
      },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...problemResponses([...READ, 409]),
      },
    },
  },
  '/v1/applications/{applicationId}/documents': {
    get: operation({
      id: 'getCaseFile',
      tag: 'Oppfølging',
      summary: 'Sakens dokumenter',
      path: applicationId,
      ok: { status: 200, schema: CaseFile, description: 'Dokumentene' },
      problems: READ,
    }),
  },
  '/v1/applications/{applicationId}/acceptance': {
    post: followUp(
      'acceptGrant',
      'Send bekreftelsen (§ 10)',
      AcceptanceDoc,
      AcceptanceRecord,
      'Nav-kontoret.',
    ),
  },
  '/v1/applications/{applicationId}/payments': {
    post: followUp(
      'recordPayment',
      'Registrer utbetaling (§ 10)',
      PaymentDoc,
      PaymentRecord,
      'Statsforvalteren.',
    ),
  },
  '/v1/applications/{applicationId}/status-reports': {
    post: followUp(
      'submitStatusReport',
      'Send statusrapport med regnskap (§ 11)',
      Status,
      StatusReportRecord,
      'Nav-kontoret.',
    ),
  },
  '/v1/applications/{applicationId}/final-report': {
    post: followUp(
      'submitFinalReport',
      'Send sluttrapport (§ 11)',
      Final,
      FinalReportRecord,
      'Nav-kontoret.',
    ),
  },
  '/v1/applications/{applicationId}/transfer-requests': {
    post: followUp(
      'requestTransfer',
      'Søk om å overføre ubenyttede midler (§ 10)',
      Transfer,
      TransferRecord,
      'Nav-kontoret, etter statusrapporten.',
    ),
  },
  '/v1/applications/{applicationId}/transfer-requests/{recordId}/decision': {
    post: operation({
      id: 'decideTransfer',
      tag: 'Oppfølging',
      summary: 'Godkjenn eller avslå overføring (§ 10)',
      description: 'Statsforvalteren. Gir en ny versjon av forespørselen med beslutningen.',
      path: z.object({ applicationId: Id, recordId: Id }),
      body: TransferDecision,
      ok: { status: 201, schema: TransferRecord, description: 'Forespørselen med beslutning' },
      problems: WRITE,
    }),
  },
  '/v1/applications/{applicationId}/repayment-claims': {
    post: followUp(
      'claimRepayment',
      'Krev tilbakebetaling (§ 10)',
      Repayment,
      RepaymentRecord,
      'Statsforvalteren (direktoratet for nasjonale forsøk).',
    ),
  },
  '/v1/applications/{applicationId}/budget-vs-accounts': {
    get: operation({
      id: 'getBudgetVsAccounts',
      tag: 'Oppfølging',
      summary: 'Budsjett mot regnskap for tiltaket (§ 11)',
      path: applicationId,
      ok: { status: 200, schema: MeasureAccounts, description: 'Sammenligningen' },
      problems: READ,
    }),
  },
  '/v1/applications/{applicationId}/audit': {
    get: operation({
      id: 'getAuditLog',
      tag: 'Saksbehandling',
      summary: 'Revisjonsloggen for saken',
      description: 'Statsforvalteren og direktoratet.',
      path: applicationId,
      ok: { status: 200, schema: z.object({ items: z.array(AuditEvent) }), description: 'Hendelsene' },
      problems: READ,
    }),
  },
};

const problemComponents = Object.fromEntries(
  (Object.entries(PROBLEMS) as [string, string][]).map(([status, description]) => [
    `Problem${status}`,
    { description, content: { 'application/problem+json': { schema: Problem } } },
  ]),
);

export function openApiDocument(): Record<string, unknown> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret',
      version: '1.0.0',
      description:
        'Søknad, saksbehandling, tilskuddsbrev, bekreftelse, utbetaling og rapportering etter forskrift FOR-2020-12-15-2787. Feil er application/problem+json (RFC 9457) med domenets regelkoder og JSON Pointer-stier.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative: the server serves this document at /openapi.json, so paths resolve against its own host.
    servers: [{ url: '/', description: 'Tjeneren som serverer dokumentet' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'Søknader', description: 'Nav-kontorets søknader (§ 7)' },
      { name: 'Saksbehandling', description: 'Statsforvalterens og direktoratets behandling (§ 8, § 9)' },
      {
        name: 'Oppfølging',
        description: 'Bekreftelse, utbetaling, rapportering og tilbakebetaling (§ 10, § 11)',
      },
      { name: 'Referansedata', description: 'Utlysninger, embeter, Nav-kontorer og kommuner' },
      { name: 'Kontroll', description: 'Kontroll av dokumenter uten lagring' },
      { name: 'Tilgang', description: 'Innlogget bruker' },
      { name: 'Utvikling', description: 'Bare i utvikling' },
      { name: 'Drift', description: 'Helsesjekk' },
    ],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Token fra ID-porten, Entra ID eller utviklingsinnloggingen, verifisert mot JWKS',
        },
      },
      responses: problemComponents,
    },
  }) as unknown as Record<string, unknown>;
}

/** schemas/openapi.json: OpenAPI allows no `$comment` at the root, so the notice is an `x-` extension. */
export function renderOpenApi(): string {
  const { openapi, info, ...rest } = openApiDocument();
  return `${JSON.stringify({ openapi, info, 'x-generated': GENERATED_NOTICE, ...rest }, null, 2)}\n`;
}
