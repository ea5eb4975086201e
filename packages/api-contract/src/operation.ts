import type { DocumentType } from '@sosialtilskudd/domain';
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The tags that group operations in the document, with what each covers. */
export const TAGS = {
  Søknader: 'Nav-kontorets søknader (§ 7)',
  Saksbehandling: 'Statsforvalterens og direktoratets behandling (§ 8, § 9)',
  Totrinnskontroll:
    'Beslutninger og utbetalinger foreslås av én og godkjennes eller sendes tilbake av en annen med godkjennerrollen',
  Oppfølging: 'Bekreftelse, utbetaling, rapportering og tilbakebetaling (§ 10, § 11)',
  Tildeling: 'Statsforvalterens tildelingsrunde: fullmakt (ramme), vurderinger og rammebruk (§ 5, § 8)',
  Referansedata: 'Utlysninger, embeter, Nav-kontorer og kommuner',
  Hendelser: 'Hendelsesstrømmen og webhooks for saksbehandlings- og arkivsystemer',
  Signering: 'Signering av søknaden før den sendes (§ 7), og hvem som har endret utkastet',
  Vedlegg: 'Filer til søknaden og rapportenes regnskap (§ 7, § 11), skannet for skadelig programvare',
  Kontroll: 'Kontroll av dokumenter uten lagring',
  'Åpne data': 'Registeret over tiltak, for alle (JSON, CSV og 360Giving)',
  Tilgang: 'Innlogget bruker',
  Utvikling: 'Bare i utvikling',
  Drift: 'Helsesjekk og kontrakten',
} as const;
export type Tag = keyof typeof TAGS;

/** Every problem status an operation may answer, with the words the document gives it. */
export const PROBLEM_STATUSES = {
  400: 'Forespørselen er ikke gyldig JSON eller har ugyldige parametere',
  401: 'Mangler eller ugyldig Bearer-token',
  403: 'Rollen har ikke tilgang til operasjonen',
  404: 'Finnes ikke, eller er ikke synlig for brukeren',
  409: 'Sakens tilstand tillater ikke operasjonen (livsløpet)',
  412: 'If-Match stemmer ikke med gjeldende ETag: noen andre har endret utkastet',
  413: 'Forespørselen er for stor',
  414: 'En del av adressen er for lang',
  415: 'Innholdstypen støttes ikke: application/json, og for et vedlegg en av de tillatte filtypene',
  422: 'Dokumentet bryter skjemaet eller reglene; se issues',
  428: 'If-Match mangler',
  429: 'For mange forespørsler fra samme adresse; vent så mange sekunder som Retry-After sier',
  431: 'Headerne er for store',
  500: 'Feil hos tjeneren; prøv igjen senere',
  503: 'Tjeneren stenger, eller identitetstilbyderen svarer ikke så tokenet kan ikke kontrolleres nå; prøv igjen senere',
} as const;
export type ProblemStatus = keyof typeof PROBLEM_STATUSES;

/**
 * What the HTTP layer can answer around an operation's handler: on any, a bad URL or a parameter it cannot read
 * (400), headers too large (431), a fault of its own (500) and shutting down (503); where a path has parameters,
 * one too long (414); where the method carries a body (all but GET), one too large (413) or not JSON (415);
 * where no token is needed, too many requests from one address (429, the server limits those).
 */
export function frameworkProblems(
  op: Pick<Operation, 'method' | 'params' | 'security' | 'rateLimit'>,
): ProblemStatus[] {
  return [
    400,
    ...(op.method === 'get' ? [] : ([413, 415] as const)),
    ...(op.params ? [414 as const] : []),
    ...(isRateLimited(op) ? [429 as const] : []),
    431,
    500,
    503,
  ];
}

export const isRateLimited = (op: Pick<Operation, 'security' | 'rateLimit'>) =>
  op.security === 'none' && op.rateLimit !== 'unlimited';

/** Every problem status the operation declares: its own and the framework's, in order. */
export const declaredProblems = (op: Operation): ProblemStatus[] =>
  [...new Set([...op.problems, ...frameworkProblems(op)])].sort((a, b) => a - b);

/** A request body that is a domain document: judged by the domain, so its codes are the golden fixtures'. */
export interface DocumentBody<T extends DocumentType = DocumentType> {
  kind: 'document';
  /** The document types the body may be; the body's own `documentType` picks one, else the first. */
  types: readonly [T, ...T[]];
  /** The schema the document shows, named as an OpenAPI component. */
  schema: z.ZodType;
}

export const documentBody = <const T extends DocumentType>(
  schema: z.ZodType,
  ...types: [T, ...T[]]
): DocumentBody<T> => ({ kind: 'document', types, schema });

/**
 * A request body of raw bytes, an uploaded file: handed to the handler as the stream it arrives as, never parsed
 * or held whole. Whatever Content-Type the client sends is accepted; the handler judges the content itself.
 */
export interface BinaryBody {
  kind: 'binary';
  description: string;
  /** The most bytes the server takes (stated as `maxLength` in the OpenAPI document). */
  maxBytes: number;
}

export const binaryBody = (description: string, maxBytes: number): BinaryBody => ({
  kind: 'binary',
  description,
  maxBytes,
});

export type RequestBody = z.ZodType | DocumentBody | BinaryBody;

/**
 * A binary or text answer other than JSON: a letter as PDF, a table as CSV (sent as UTF-8), or a file of one of
 * several types (the handler then sends `Content-Type`). The body is bytes in hand or a stream sent as it is read.
 */
export interface BinaryContent {
  mediaType: string | readonly [string, ...string[]];
}

export interface ResponseSpec {
  description: string;
  /** The JSON body's schema, or a binary media type. */
  content: z.ZodType | BinaryContent;
  /** Response headers; the server must send the required ones. */
  headers?: z.ZodObject;
}

/**
 * One operation of the API, declared once: the OpenAPI document and the server's route (request validation,
 * typed replies) are both derived from it.
 */
export interface Operation {
  method: Method;
  /** OpenAPI's path template: /v1/applications/{applicationId}. */
  path: `/${string}`;
  tag: Tag;
  summary: string;
  description?: string;
  /** `bearer`: a verified token is needed; `none`: anyone may call it. */
  security: 'bearer' | 'none';
  /**
   * What needs no token is limited per client address (429): `login` by the stricter login limit, `unlimited`
   * not at all (the health check, which load balancers poll).
   */
  rateLimit?: 'login' | 'unlimited';
  /** Exists only outside production (the development login); marked `x-development-only` in the document. */
  developmentOnly?: true;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: RequestBody;
  /** The successful answers, by status. */
  responses: { [status: number]: ResponseSpec };
  /** The refusals the operation itself gives, as application/problem+json. */
  problems: readonly ProblemStatus[];
}

/** Keeps the literal types (method, statuses, schemas) that the server's handler types are derived from. */
export const operation = <const O extends Operation>(o: O): O => o;

export const isDocumentBody = (body: RequestBody | undefined): body is DocumentBody =>
  body !== undefined && 'kind' in body && body.kind === 'document';

export const isBinaryBody = (body: RequestBody | undefined): body is BinaryBody =>
  body !== undefined && 'kind' in body && body.kind === 'binary';

export const isBinary = (content: ResponseSpec['content']): content is BinaryContent =>
  'mediaType' in content;

/** A text media type (CSV): sent with `charset=utf-8`, described as a string rather than bytes. */
export const isText = (mediaType: string): boolean => mediaType.startsWith('text/');
